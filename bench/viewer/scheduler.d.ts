// React's own scheduler (a dependency of react-dom, without published types): the viewer
// benchmark queues an idle-priority task on it to learn when React has no work left.
declare module 'scheduler' {
  export const unstable_IdlePriority: number;
  export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
}
