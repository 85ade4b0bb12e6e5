#!/usr/bin/env bash
# Reproducible planner benchmark: compiles the tests and runs org.entente.cadence.PlannerBenchmark.
# The cadence package is pure Java, so the classpath needs no dependencies.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
exec java -Xms512m -Xmx512m -cp target/classes:target/test-classes org.entente.cadence.PlannerBenchmark "$@"
