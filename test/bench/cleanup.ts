/** Teardown steps run last-in first-out (app before database), once, each even if an earlier one failed. */
export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<void> }[] = [];
  private running?: Promise<string[]>;

  add(label: string, run: () => Promise<void>): void {
    this.steps.push({ label, run });
  }

  /** Resolves with a message per failed step. */
  runAll(): Promise<string[]> {
    this.running ??= this.unwind();
    return this.running;
  }

  private async unwind(): Promise<string[]> {
    const failures: string[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step.run();
      } catch (error: unknown) {
        failures.push(`${step.label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failures;
  }
}
