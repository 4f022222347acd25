/** Loading and error states shared by popup and options (announced to screen readers). */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="muted" role="status" aria-live="polite" data-testid="loading">
      {label}
    </p>
  );
}

export function ErrorBox({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div class="error" role="alert" data-testid="error">
      <span>{message}</span>
      {onRetry && (
        <button type="button" onClick={onRetry} style={{ marginLeft: '8px' }}>
          Retry
        </button>
      )}
    </div>
  );
}
