import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28): one settlement per course edition (training
 * settles an edition once: its risk_share_settlement is unique by edition), and the same loan payment
 * (loan, day, amount) once (a repeat would be allocated to the next instalments as an early repayment).
 */
export class Migration20261202110000_natural_duplicates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "finance"."training_settlement" add constraint "training_settlement_edition_id_unique" unique ("edition_id")`);
    this.addSql(
      `alter table "finance"."loan_repayment" add constraint "loan_repayment_same_payment_unique" unique ("loan_id", "paid_on", "amount_cents")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."loan_repayment" drop constraint if exists "loan_repayment_same_payment_unique"`);
    this.addSql(`alter table "finance"."training_settlement" drop constraint if exists "training_settlement_edition_id_unique"`);
  }
}
