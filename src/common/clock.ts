/** The only source of "now". Tests and the scheduler move time by swapping the provider. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
