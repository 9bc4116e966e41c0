/** Whether a process of ours with this id is running (one we may not signal is someone else's: its pid was reused). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
