/** Closes `server` once on SIGINT or SIGTERM (Ctrl+C, a service manager), then exits: 0 when it closed cleanly, 1 when closing failed. */
export function stopOnSignals(server: { close(): Promise<void> }): void {
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
