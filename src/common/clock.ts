/** The only source of "now". Tests and the scheduler move time by swapping the provider. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** For test runs (TEST_CLOCK): time runs on from wherever an admin last set it. */
export class SettableClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}
