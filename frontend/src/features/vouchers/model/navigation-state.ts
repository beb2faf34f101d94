/** Whether a navigation state (react-router's `location.state`) carries `{ [flag]: true }`. */
export function hasFlag(state: unknown, flag: string): boolean {
  return typeof state === 'object' && state !== null && flag in state && Reflect.get(state, flag) === true;
}
