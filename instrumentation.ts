export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  const config = env();
  if (config.VIRAGE_WORKERS === 'on') {
    // The composition root: lib's mail workers and each module's workers, started side by side.
    const [{ startMailWorkers, startPipelineWorkers }, { startHoldWorkers, startStockArrivalWorker }, { startTestDriveWorkers }, { startGuestCleanupWorker }, { startOrderWorkers }, { startJourneyWorkers }, { startSurveyWorkers }] = await Promise.all([
      import('./lib/jobs/workers'),
      import('./modules/availability/server'),
      import('./modules/test-drives/server'),
      import('./modules/customers/server'),
      import('./modules/orders/server'),
      import('./modules/journey/server'),
      import('./modules/surveys/server'),
    ]);
    await startMailWorkers();
    await startPipelineWorkers();
    await startTestDriveWorkers();
    await startHoldWorkers();
    await startStockArrivalWorker();
    await startGuestCleanupWorker();
    await startOrderWorkers();
    await startJourneyWorkers();
    await startSurveyWorkers();
  }
}
