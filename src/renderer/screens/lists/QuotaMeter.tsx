import type { QuotaFigures } from '../../../domain/quota';
import { useWords } from '../../i18n/messages';
import { percent } from './list-order';

interface Props {
  quota: QuotaFigures;
  maxLength: number;
}

/**
 * The 30% quota of the list as it stands: persons in at least one category against the required count, the share,
 * how many more are needed, the count per category for information, and the length against the limit.
 */
export function QuotaMeter({ quota, maxLength }: Props) {
  const { t, number, percent: asPercent } = useWords();
  const tooLong = quota.length > maxLength;
  return (
    <section className="panel quota-meter" aria-labelledby="quota-title">
      <h2 id="quota-title">{t('lists.quota.title')}</h2>
      <meter
        min={0}
        max={Math.max(quota.required, 1)}
        low={Math.max(quota.required, 1) - 0.5}
        optimum={Math.max(quota.required, 1)}
        value={Math.min(quota.count, Math.max(quota.required, 1))}
        aria-label={t('lists.quota.title')}
      />
      <p className="quota-count">
        {t('lists.quota.count', {
          persons: number(quota.count),
          length: number(quota.length),
          required: number(quota.required),
          // Whole percents, rounded down: a share just short of the quota never reads as the quota.
          percent: asPercent(percent(quota.share) / 100),
        })}
      </p>
      <p className={`quota-verdict ${quota.compliant ? 'quota-ok' : 'quota-short'}`} aria-live="polite">
        {quota.length === 0 ? t('lists.quota.empty') : quota.compliant ? t('lists.quota.compliant') : t('lists.quota.missing', { missing: quota.missing })}
      </p>
      <p className="section-hint">
        {t('lists.quota.categories', { women: quota.women, youth: quota.youth, disabled: quota.disabled })}
      </p>
      <p className={tooLong ? 'quota-short' : undefined}>
        {t(tooLong ? 'lists.quota.tooLong' : 'lists.quota.length', { length: quota.length, max: maxLength })}
      </p>
    </section>
  );
}
