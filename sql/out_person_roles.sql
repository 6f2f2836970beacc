-- The roles each person held when they spoke, over time.
SELECT * FROM core_person_roles ORDER BY person_id, first_date, role
