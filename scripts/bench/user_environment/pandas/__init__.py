"""Put first on a measured build's path (scripts/bench/build_run.py): `import pandas` fails there as it does in the
environment `make run` installs, which has no pandas (only the test extras install it). pyarrow imports pandas, when
it can, the first time a process makes an array: 0.15-0.3 s of every build, which a user's build does not spend."""
raise ImportError("pandas is not installed in the environment `make run` builds in")
