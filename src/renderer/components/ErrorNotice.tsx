import { useWords, type ServiceError } from '../i18n/messages';

/** A service or transport error that names no field, said in the clerk's language. */
interface Props {
  error: ServiceError;
  onRetry?: () => void;
  retryLabel?: string;
}

export function ErrorNotice({ error, onRetry, retryLabel }: Props) {
  const { t, errorText } = useWords();
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {retryLabel ?? t('common.retry')}
        </button>
      )}
    </div>
  );
}
