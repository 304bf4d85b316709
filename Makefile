.PHONY: run test bench load
run:
	./scripts/run
test:
	./scripts/test
bench:
	./scripts/bench
load:
	./scripts/load
