import { isoDate, today } from '../../shared/dates';

/** A day before today: a seat started or ended then is a fact about the past, the body's to record. */
export const beforeToday = (day: Date | null | undefined): boolean => day instanceof Date && isoDate(day) < today();
