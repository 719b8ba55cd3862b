// Prints the line CI looks for: "N passed, N failed", counting Jest tests.
class CountReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}
module.exports = CountReporter;
