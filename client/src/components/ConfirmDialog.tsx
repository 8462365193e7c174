import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  /** The button that opens the question: its label should name the action and whose it is. */
  trigger: ReactNode;
  triggerClassName?: string;
  /** Accessible name of the trigger when its visible label alone does not say whose row it acts on. */
  triggerLabel?: string;
  title: string;
  /** What will happen, in plain words: what changes and what cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  /** Styled as a destructive action (red). */
  destructive?: boolean;
  onConfirm: () => void | Promise<void>;
  isDisabled?: boolean;
}

/**
 * Asks before an irreversible action (decide, cancel, deactivate, erase, close). React Aria's modal dialog keeps
 * focus inside it, closes on Escape, labels itself by its heading and returns focus to the button that opened it.
 */
export function ConfirmDialog({
  trigger,
  triggerClassName,
  triggerLabel,
  title,
  children,
  confirmLabel,
  destructive,
  onConfirm,
  isDisabled,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button
        className={triggerClassName ?? (destructive ? 'danger' : undefined)}
        aria-label={triggerLabel}
        isDisabled={isDisabled}
      >
        {trigger}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                <div className="dialog-body">{children}</div>
                <div className="dialog-actions">
                  <Button onPress={close} autoFocus>
                    {t('common.cancel')}
                  </Button>
                  <Button
                    className={destructive ? 'danger primary-danger' : 'primary'}
                    onPress={async () => {
                      close();
                      await onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
