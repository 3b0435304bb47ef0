// Values of the programme's spreadsheets that more than one kind of the history import reads (issue 27). Pure.

/**
 * An amount in euro as the programme's spreadsheets write it → integer cents; null when it is not one.
 * "12.500,00", "12500,5", "12500.50", "1.500" (Italian thousands), "€ 300"; at most 2 decimals, not negative.
 */
export function importEuroCents(text: string): number | null {
  const t = text.replace(/€/g, '').replace(/\s+/g, '');
  let whole: string;
  let decimals = '';
  if (/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(t) || /^\d+(,\d{1,2})?$/.test(t)) {
    const [w, d = ''] = t.split(',');
    whole = w!.replace(/\./g, '');
    decimals = d;
  } else if (/^\d+(\.\d{1,2})?$/.test(t)) {
    const [w, d = ''] = t.split('.');
    whole = w!;
    decimals = d;
  } else return null;
  const cents = Number(whole) * 100 + Number(decimals.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}

/** sì/no as the spreadsheets write it (sì, si, s, x, 1, vero / no, n, 0, falso, empty = no); null when neither. */
export function importYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['sì', 'si', 's', 'x', '1', 'vero', 'true'].includes(t)) return true;
  if (['', 'no', 'n', '0', 'falso', 'false'].includes(t)) return false;
  return null;
}
