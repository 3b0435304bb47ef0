import pg from 'pg';
import { MUNICIPALITIES } from '@ixl/territory';

export interface SyntheticOptions {
  beneficiaries: number;
  /** Placements per beneficiary on average (the 2020 report: 354 for 150 people placed). */
  placementsPerPerson?: number;
  companies?: number;
  editions?: number;
  seed?: number;
}

const bologna = MUNICIPALITIES.findIndex((m) => m.istatCode === '037006') + 1;
const municipalities = MUNICIPALITIES.map(
  (m, i) => `(${i + 1}, '${m.istatCode}', '${m.name.replace(/'/g, "''")}', ${Number(m.lat)}, ${Number(m.lon)})`,
).join(', ');

/** The synthetic person g: the same uuid in every schema (people, companies read model, placements, enrolments). */
export const personId = (g: number | string) => `md5('synthetic-' || ${g})::uuid`;

/**
 * Bulk-loads a realistic synthetic population straight into the real schemas (set-based SQL,
 * deterministic from `seed` with PostgreSQL's setseed): people with municipalities weighted to Bologna,
 * ages 18–64, statuses and readiness per the 2020 shares; the companies' matching read model for them;
 * companies and placements with the 2020 type/contract shares; course editions with enrolments.
 */
export async function loadSyntheticData(url: string, o: SyntheticOptions): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const n = o.beneficiaries;
  const placements = Math.round(n * (o.placementsPerPerson ?? 0.5));
  const companies = o.companies ?? Math.max(50, Math.round(n / 500));
  const editions = o.editions ?? Math.max(10, Math.round(n / 2000));
  try {
    await client.query('begin');
    await client.query('select setseed($1)', [o.seed ?? 0.202]);
    await client.query(`create temporary table syn_municipality (n int, code text, name text, lat float8, lon float8) on commit drop`);
    await client.query(`insert into syn_municipality values ${municipalities}`);
    await client.query(
      `create temporary table syn_person on commit drop as
      select g, ${personId('g')} as id,
        case when random() < 0.55 then ${bologna} else 1 + floor(random() * ${MUNICIPALITIES.length})::int end as mi,
        random() as r_status, random() as r_ready, random() as r_sex, random() as r_foreign,
        18 + floor(random() * 47)::int as age, floor(random() * 2800)::int as days_ago,
        (array['pulizia industriale','magazzino','carrello elevatore','assistenza alla persona','haccp','cucina','vendita','guida autobus','manutenzione verde','data entry'])[1 + floor(random() * 10)::int] as skill1,
        (array['pulizia industriale','magazzino','carrello elevatore','assistenza alla persona','haccp','cucina','vendita','guida autobus','manutenzione verde','data entry'])[1 + floor(random() * 10)::int] as skill2
      from generate_series(1, $1::int) g`,
      [n],
    );
    await client.query(`insert into people.beneficiary (id, first_name, last_name, codice_fiscale, email, birth_date, sex, citizenship, municipality_code, municipality_name, status, registered_at,
        skills, skill_keys, italian_level, available_hours_per_week, shifts, profile, readiness, interview_due_date, interviewed_at, privacy_notice_version, privacy_consent_at, referring_body)
      select p.id, 'Persona' || p.g, 'Sintetica' || (p.g % 997), 'SYN' || lpad(p.g::text, 13, '0'), 'persona' || p.g || '@synthetic.ixl',
        (current_date - make_interval(years => p.age, days => p.g % 365))::date, case when p.r_sex < 0.52 then 'F' else 'M' end,
        case when p.r_foreign < 0.45 then (array['MA','RO','AL','PK','NG','UA'])[1 + p.g % 6] else 'IT' end, m.code, m.name,
        case when p.r_status < 0.05 then 'REGISTERED' when p.r_status < 0.34 then 'NOT_IN_TARGET' when p.r_status < 0.55 then 'IN_TARGET' when p.r_status < 0.80 then 'ACTIVE' when p.r_status < 0.92 then 'PLACED' else 'FUORI_PROTOCOLLO' end,
        now() - make_interval(days => p.days_ago),
        jsonb_build_array(jsonb_build_object('label', p.skill1, 'escoCode', null), jsonb_build_object('label', p.skill2, 'escoCode', null)), array[p.skill1, p.skill2],
        (array['A2','B1','B2','C1','C2','NATIVE'])[1 + p.g % 6], 20 + p.g % 21, '["MORNING"]'::jsonb,
        case when p.r_status < 0.34 then 'FORTE' when p.r_status >= 0.34 then 'IN_TARGET' end,
        case when p.r_status >= 0.34 then (case when p.r_ready < 0.82 then 'PRONTO' when p.r_ready < 0.95 then 'NON_PRONTO' when p.r_ready < 0.98 then 'FRAGILE' else 'IN_VALUTAZIONE' end) end,
        (now() - make_interval(days => p.days_ago))::date + 15, case when p.r_status >= 0.05 then now() - make_interval(days => greatest(p.days_ago - 12, 0)) end,
        '2026-01', now() - make_interval(days => p.days_ago), (array['SOCIAL_SERVICES','CARITAS','JOB_CENTRE','WORD_OF_MOUTH','SELF'])[1 + p.g % 5]
      from syn_person p join syn_municipality m on m.n = p.mi
      on conflict do nothing`);
    await client.query(`insert into companies.matching_profile (beneficiary_id, first_name, last_initial, status, profile, readiness, italian_level, italian_rank, municipality_code, lat, lon, skills, occupations, available_hours_per_week, shifts, contract_wishes, cv_share_consent, updated_at)
      select b.id, b.first_name, left(b.last_name, 1), b.status, b.profile, b.readiness, b.italian_level, 1 + p.g % 6, m.code, m.lat, m.lon, b.skill_keys, '{}', b.available_hours_per_week, array['MORNING'], '{}', p.g % 2 = 0, now()
      from syn_person p join syn_municipality m on m.n = p.mi join people.beneficiary b on b.id = p.id
      on conflict do nothing`);
    await client.query(
      `insert into companies.company (id, name, municipality_code, association, ateco_code, board_joined_on)
      select md5('synthetic-company-' || c)::uuid, 'Impresa sintetica ' || c, m.code, (array['Confindustria','CNA','Legacoop','Confcooperative','Confcommercio'])[1 + c % 5], '81.21', date '2018-01-01' + c
      from generate_series(1, $1::int) c join syn_municipality m on m.n = 1 + c % ${MUNICIPALITIES.length}
      on conflict do nothing`,
      [companies],
    );
    // Placements: 62% assunzione (80% TD, 14% TI, 4% in proprio, 2% a chiamata), 21% stage, 8% tirocinio, 5% mini job, 4% autonomo.
    await client.query(
      `insert into companies.placement (id, beneficiary_id, company_id, type, contract, start_date, end_date, hours_per_week)
      select md5('synthetic-placement-' || k)::uuid, ${personId('1 + floor(random() * ' + n + ')::int')},
        case when t.r < 0.96 then md5('synthetic-company-' || (1 + floor(random() * ${companies})::int))::uuid end,
        case when t.r < 0.62 then 'ASSUNZIONE' when t.r < 0.83 then 'STAGE' when t.r < 0.91 then 'TIROCINIO' when t.r < 0.96 then 'MINI_JOB' else 'LAVORO_AUTONOMO' end,
        case when t.r < 0.62 then (case when t.c < 0.80 then 'TEMPO_DETERMINATO' when t.c < 0.94 then 'TEMPO_INDETERMINATO' when t.c < 0.98 then 'IN_PROPRIO' else 'A_CHIAMATA' end) end,
        t.start, t.start + 180, case when t.r >= 0.91 and t.r < 0.96 then 15 else 30 end
      from (select k, random() as r, random() as c, current_date - floor(random() * 1500)::int as start from generate_series(1, $1::int) k) t
      on conflict do nothing`,
      [placements],
    );
    await client.query(
      `insert into training.training_body (id, name) values (md5('synthetic-body')::uuid, 'Ente sintetico') on conflict do nothing`,
    );
    await client.query(
      `insert into training.course_edition (id, training_body_id, title, subject, stream, start_date, end_date, seats, total_cost_cents, status)
      select md5('synthetic-edition-' || e)::uuid, md5('synthetic-body')::uuid, 'Corso sintetico ' || e, (array['OSS','CQC','ADDETTO_PULIZIE','ITALIANO','CV_DINAMICO'])[1 + e % 5], 'TRANSVERSAL',
        current_date - 400 + e, current_date - 300 + e, 30, 1000000, 'COMPLETED'
      from generate_series(1, $1::int) e on conflict do nothing`,
      [editions],
    );
    await client.query(`insert into training.enrolment (id, edition_id, beneficiary_id, enrolled_at, participant_name, codice_fiscale)
      select md5('synthetic-enrolment-' || p.g)::uuid, md5('synthetic-edition-' || (1 + p.g % ${editions}))::uuid, p.id, now(), 'Persona' || p.g, 'SYN' || lpad(p.g::text, 13, '0')
      from syn_person p where p.g % 10 = 0 on conflict do nothing`);
    await client.query('commit');
    // As after any bulk load (and as autovacuum keeps a live table): statistics, hint bits and the visibility
    // map, which index-only scans (the matching top tier's) need to skip the table.
    for (const t of [
      'people.beneficiary',
      'companies.matching_profile',
      'companies.placement',
      'companies.company',
      'training.enrolment',
      'training.course_edition',
    ])
      await client.query(`vacuum (analyze) ${t}`);
    const count = async (t: string) => Number((await client.query(`select count(*)::int as c from ${t}`)).rows[0].c);
    return {
      beneficiaries: await count('people.beneficiary'),
      matchingProfiles: await count('companies.matching_profile'),
      companies: await count('companies.company'),
      placements: await count('companies.placement'),
      editions: await count('training.course_edition'),
      enrolments: await count('training.enrolment'),
    };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
