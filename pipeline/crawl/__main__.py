from pipeline.crawl.cli import main

raise SystemExit(main())
