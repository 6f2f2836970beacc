"""English word lists for generated news (Astana Times, Qazinform, Akorda English): reform, other topics, speech."""

FIRST_NAMES = {
    "m": ["Yerlan", "Marat", "Baurzhan", "Nurlan", "Serik", "Askar", "Daniyar", "Timur", "Arman", "Kairat", "Almas",
          "Zhandos", "Yerzhan", "Galym", "Berik", "Talgat"],
    "f": ["Aigul", "Dinara", "Zhanar", "Saltanat", "Gulnara", "Assel", "Madina", "Aliya", "Aizhan", "Meruyert",
          "Saule", "Indira"],
}
SURNAMES = ["Seitkaziyev", "Abdrakhmanov", "Zhumabekov", "Iskakov", "Omarov", "Nurgaliyev", "Tulegenov", "Kassymov",
            "Sadykov", "Akhmetov", "Utebayev", "Kenzhebayev", "Ospanov", "Baizhanov", "Yessenov", "Rakhimov"]

SHARED = {
    "weekday": ["On Monday", "On Tuesday", "On Wednesday", "On Thursday", "On Friday", "Today", "Yesterday"],
    "place": ["in Astana", "in Almaty", "in Shymkent", "in Karaganda", "in Aktobe", "in Ust-Kamenogorsk",
              "in Pavlodar", "in Kostanai", "in Kyzylorda", "in Atyrau", "in Taraz", "in Semey", "in Turkistan"],
    "month": ["January", "February", "March", "April", "May", "June", "September", "October", "November", "December"],
    "said_m": ["said", "noted", "stressed", "added", "explained", "told reporters"],
    "said_f": ["said", "noted", "stressed", "added", "explained", "told reporters"],
    "say_that_m": ["said", "noted", "stressed", "recalled", "announced"],
    "say_that_f": ["said", "noted", "stressed", "recalled", "announced"],
    "his": ["According to him", "In his view", "As he put it"],
    "her": ["According to her", "In her view", "As she put it"],
    "speech": [
        "\u201c{quote},\u201d {speaker} {said}.",
        "\u201c{quote},\u201d {said} {speaker}.",
        "{speaker} {say_that} that {clause}.",
        "{pronoun_phrase}, {clause}.",
        "\u201c{quote}. {quote},\u201d {speaker} {said}.",
    ],
}

_REFORM_SUBJECTS = ["the draft of the new Constitution", "the Constitutional Commission", "the working group",
                    "the provision on the unicameral Kurultai", "the article on the Halyk Kenesi",
                    "the chapter on human rights", "the constitutional reform", "the referendum campaign"]
_REFORM_PREDICATES = ["was published for nationwide discussion", "has received broad public support",
                      "will be reviewed before the end of the month", "is being discussed in every region",
                      "was revised after {n} comments", "was put to a national referendum",
                      "drew more than {n} proposals from citizens", "will take effect after the referendum"]

REFORM = {
    "clause": [f"{s} {p}" for s in _REFORM_SUBJECTS for p in _REFORM_PREDICATES],
    "object_acc": ["every proposal from citizens", "the new rules on the Kurultai", "all changes to the Basic Law",
                   "the articles on human rights", "the role of the Halyk Kenesi", "the referendum procedure",
                   "the draft of the new Constitution", "the post of vice president"],
    "quote": [
        "We will {will} {object_acc}{tail}",
        "The constitutional reform {reform_goal}",
        "The Basic Law belongs to the people, so {people_clause}",
        "Every citizen {citizen_clause}",
        "The new Constitution {reform_goal}",
    ],
    "will": ["carefully study", "take into account", "explain in detail", "openly discuss", "support",
             "check once more"],
    "tail": ["", "", " before the vote", " in every region", " together with experts", " in the coming weeks"],
    "reform_goal": ["must be open and involve citizens", "strengthens the guarantees of human rights",
                    "opens a new stage in the country's development", "makes Parliament more accountable to voters",
                    "changes the balance between the branches of power"],
    "people_clause": ["the people will decide on it", "every opinion must be heard",
                      "the discussion must reach every village"],
    "citizen_clause": ["can send a proposal to the commission", "has the right to comment on the draft",
                       "should know what changes in the Constitution"],
    "narrative": [
        "{weekday} {place} the Constitutional Commission held its regular meeting.",
        "{weekday} {place} experts held a round table on the draft of the new Constitution.",
        "{weekday} {place} lawmakers discussed the rules for the unicameral Kurultai.",
        "In total, the commission received more than {n} proposals on the draft Constitution.",
        "{n} people from different regions took part in the discussion.",
        "The referendum on the new Constitution is scheduled for {month} {day}.",
        "The draft consists of a preamble, {n} sections and {n} articles.",
        "The final text of the new Constitution will be published on {month} {day}.",
    ],
    "role": ["Mazhilis deputy", "member of the Constitutional Commission", "political analyst",
             "head of the working group", "lawyer", "regional governor", "constitutional law expert",
             "Central Referendum Commission official", "member of the Halyk Kenesi", "senator"],
    "title": [
        "Draft of new Constitution discussed {place}",
        "Constitutional Commission reviews {n} proposals from citizens",
        "What the unicameral Kurultai will change: experts explain",
        "Referendum on new Constitution: what you need to know",
        "Meeting on constitutional reform held {place}",
        "Experts discuss powers of Kurultai and Halyk Kenesi",
        "Draft Constitution draws {n} proposals",
    ],
}

OTHER = {
    "clause": [
        "temperatures will rise to {n} degrees", "the national team won in round {n}",
        "the tenge strengthened by {n} points", "the new bridge will open by {month} {day}",
        "vegetable prices fell by {n} percent", "{n} trees will be planted in the city",
        "a speed limit will be introduced on the highway", "school winter holidays will be extended",
        "the new airport terminal will handle {n} passengers an hour", "road repairs will end by {month} {day}",
        "the festival will draw more than {n} guests", "the train will run daily",
    ],
    "quote": [
        "We expect that {clause}", "Work is on schedule, and {clause}", "Residents have nothing to worry about",
        "The team is ready for the next match", "The main thing is that {clause}",
    ],
    "narrative": [
        "{weekday} {place} forecasters expect snow and black ice.",
        "{weekday} {place} a new sports complex opened.",
        "{n} athletes took part in the race.",
        "The project cost {n} million tenge.",
        "{weekday} {place} a farmers' fair took place.",
        "Traffic on the street will be closed until {month} {day}.",
        "{weekday} {place} the city marathon started.",
        "The new clinic is designed for {n} visits per shift.",
    ],
    "role": ["forecaster", "national team coach", "city mayor", "economist", "department director",
             "festival organiser"],
    "title": [
        "Warmer weather forecast {place}", "New bridge to open {place}", "Tenge exchange rate for {month} {day}",
        "Kazakhstan national team to face European rival", "Vegetable prices rise {place}",
        "Street food festival to be held {place}",
    ],
}
