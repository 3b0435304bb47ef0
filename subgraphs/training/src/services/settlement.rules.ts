export type SettlementMode = 'PROPORTIONAL' | 'ALL_OR_NOTHING';

export interface SettlementInput {
  totalCostCents: number;
  /** Share of the cost at risk, basis points (3000 = 30%). */
  atRiskBps: number;
  /** Target rate, basis points of a percentage (6000 = 60%). */
  targetBps: number;
  /** The achieved KPI as a fraction: `achievedCount ÷ population`. */
  achievedCount: number;
  population: number;
  mode: SettlementMode;
}

export interface SettlementAmounts {
  atRiskCents: number;
  payableCents: number;
  withheldCents: number;
  /** True when the achieved rate reached the target. */
  targetMet: boolean;
}

/** a × b ÷ c rounded half up, exact on BigInt. */
function mulDivHalfUp(a: bigint, b: bigint, c: bigint): bigint {
  return (2n * a * b + c) / (2n * c);
}

/**
 * The risk-share settlement in integer cents, exact:
 * - at risk = total cost × atRiskBps ÷ 10,000, rounded half up to the cent;
 * - PROPORTIONAL: payable = at risk × min(1, achieved ÷ target), achieved = count ÷ population,
 *   rounded half up to the cent (one rounding, on the exact fraction, not on the printed rate);
 * - ALL_OR_NOTHING: payable = at risk if achieved ≥ target, else 0;
 * - withheld = at risk − payable, so the two always add up to the amount at risk.
 */
export function computeSettlement(input: SettlementInput): SettlementAmounts {
  const atRisk = mulDivHalfUp(BigInt(input.totalCostCents), BigInt(input.atRiskBps), 10_000n);
  // achieved ≥ target  ⇔  count × 10,000 ≥ population × targetBps (a zero target is always met)
  const achievedScaled = BigInt(input.achievedCount) * 10_000n;
  const targetScaled = BigInt(input.population) * BigInt(input.targetBps);
  const targetMet = input.population > 0 ? achievedScaled >= targetScaled : input.targetBps === 0;
  let payable: bigint;
  if (targetMet) payable = atRisk;
  else if (input.mode === 'ALL_OR_NOTHING' || input.population === 0) payable = 0n;
  else payable = mulDivHalfUp(atRisk, achievedScaled, targetScaled);
  if (payable > atRisk) payable = atRisk;
  return { atRiskCents: Number(atRisk), payableCents: Number(payable), withheldCents: Number(atRisk - payable), targetMet };
}
