import type { ReactNode } from 'react';

/** A modal dialog that is a form: Enter submits, the label names it for screen readers and tests. */
export function ModalForm({ label, className, onSubmit, children }: { label: string; className?: string; onSubmit: () => void; children: ReactNode }) {
  return (
    <div className="dialog-backdrop" role="presentation">
      <form
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </div>
  );
}
