/**
 * Registers the service worker (dist/sw.js, built by vite-service-worker.ts) and tells the page when a
 * newer build has been installed and is waiting, so the update prompt can offer to switch to it.
 */

/** How often a long-open page (a class of two hours) asks the server whether a new build is deployed. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** The newer build's worker waiting to take over, or null. */
export function waitingWorker(): ServiceWorker | null {
  return waiting;
}

/** Calls `listener` whenever a newer build starts or stops waiting; returns the unsubscribe function. */
export function onWaitingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switches to the waiting build: it takes over, then the page reloads into it. */
export function activateWaitingBuild(): void {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'skip-waiting' });
}

function watch(registration: ServiceWorkerRegistration): void {
  // Only an update waits: on the first visit nothing controlled the page, and the new worker just activates.
  const offer = (worker: ServiceWorker | null): void => {
    if (worker && navigator.serviceWorker.controller) setWaiting(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/** Registers sw.js next to the page (any sub-path); a browser without service workers just runs online. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').then(watch, (e: Error) => {
    // Offline use is a convenience: the app still works online, so this is a warning, not an error.
    console.warn(`zkscope: offline use is not available (${e.message})`);
  });
}
