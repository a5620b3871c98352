// Policy dates for people: a localized date and a relative time ("2 years ago").
export {
  PolicyDateError,
  formatPolicyDate,
  relativeTime,
  relativeTimeFromNow,
} from './format-policy-date';
export type { PolicyDateOptions, RelativeTime } from './format-policy-date';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';
export type { WorkingCalendar } from './working-days';
