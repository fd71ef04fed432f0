import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A DSFR modal asking to confirm one action, on the native <dialog> (Boucle does not load DSFR's
 * script, which react-dsfr's createModal needs): showModal() keeps focus inside and Escape closes
 * it; closing gives focus back to what opened it. Render it only while it is open.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  busy = false,
  testId,
  cancelLabel,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  busy?: boolean;
  testId?: string;
  /** The second button's words (default "Annuler") and action (default: close). */
  cancelLabel?: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const contentId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute shows it there.
    const native: Partial<Pick<HTMLDialogElement, 'showModal' | 'close'>> = dialog;
    if (native.showModal === undefined) dialog.setAttribute('open', '');
    else if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (native.close !== undefined && dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={contentId}
      className="fr-modal fr-modal--opened"
      data-testid={testId}
      onKeyDown={(event) => {
        // Escape closes it the same way with or without the browser's own cancel event.
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button type="button" className="fr-btn--close fr-btn" title={t('common.close')} onClick={onClose}>
                  {t('common.close')}
                </button>
              </div>
              <div className="fr-modal__content">
                <h1 id={titleId} className="fr-modal__title">
                  {title}
                </h1>
                <div id={contentId}>{children}</div>
              </div>
              <div className="fr-modal__footer">
                <ul className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
                  <li>
                    <button type="button" className="fr-btn" onClick={onConfirm} disabled={busy} data-autofocus>
                      {confirmLabel}
                    </button>
                  </li>
                  <li>
                    <button type="button" className="fr-btn fr-btn--secondary" onClick={onCancel ?? onClose}>
                      {cancelLabel ?? t('common.cancel')}
                    </button>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
