-- Loads :count published ideas (default 500,000) into the West Midlands demo force, with text made from a
-- vocabulary of police words, in one set-based insert. Run against a database the application has already
-- migrated and filled with its demo data (bench/run.sh does this). The search indexes are dropped during the
-- load and rebuilt after it, with the definitions of V12, which is much faster than maintaining them row by row.
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 500000
\endif

drop index if exists idea_search_idx;
drop index if exists idea_title_trgm_idx;

create temporary table bench_words as
select array[
  'custody','suspect','victim','witness','statement','MG11','evidence','exhibit','officer','sergeant','inspector',
  'detective','response','neighbourhood','patrol','shift','rota','overtime','briefing','radio','airwave','body',
  'worn','video','camera','footage','download','upload','digital','forensic','laptop','tablet','phone','mobile',
  'app','form','paper','printer','scanner','email','portal','system','database','record','records','crime',
  'report','reference','number','incident','log','call','handler','101','999','control','room','dispatch',
  'vehicle','fleet','fuel','parking','mileage','garage','repair','tyres','van','car','bike','drone','firearms',
  'licence','licensing','taser','training','course','e-learning','induction','probation','student','recruit',
  'wellbeing','occupational','health','stress','trauma','welfare','canteen','locker','uniform','kit','boots',
  'stab','vest','property','store','seized','cash','drugs','knife','domestic','abuse','safeguarding','child',
  'missing','person','mental','vulnerable','youth','school','community','public','contact','front','counter',
  'desk','enquiry','station','front-desk','caller','complaint','feedback','survey','duplicate','double','keying',
  'manual','automation','robot','RPA','bot','AI','triage','redaction','disclosure','CPS','court','file','case',
  'charging','bail','remand','prisoner','cell','detention','solicitor','interpreter','translation','transcript',
  'interview','recording','storage','retention','deletion','GDPR','privacy','access','password','login','sign-in',
  'single','sign','on','search','warrant','stop','intelligence','briefings','hotspot','burglary','robbery',
  'shoplifting','theft','fraud','cyber','scam','antisocial','behaviour','noise','traffic','collision','speeding',
  'roads','policing','event','football','match','protest','demand','backlog','queue','waiting','time','hours',
  'minutes','days','delay','slow','fast','quicker','saving','cost','budget','money','waste','energy','lighting',
  'heating','building','estate','office','desk-sharing','hybrid','working','rest','days','leave','sickness',
  'HR','payroll','expenses','claims','procurement','supplier','contract','invoice','finance','audit','risk',
  'performance','data','quality','dashboard','analytics','map','mapping','GPS','location','tracking','alert',
  'notification','text','message','SMS','letter','victim-update','update','journey','process','workflow',
  'handover','shared','team','partner','council','NHS','ambulance','fire','housing','probation-service'
]::text[] as w;

insert into idea (id, force_id, reference, title, problem, proposed_change, expected_benefit, hours_saved_per_month,
                  money_saved_per_year, business_area_id, submitter_id, anonymous, classification, status, form_token,
                  created_at, submitted_at, updated_at, version, decided_at)
select gen_random_uuid(), f.id, 'BENCH-' || lpad(g::text, 7, '0'),
       left(initcap(words.title), 150), words.problem, words.change, words.benefit,
       case when g % 3 = 0 then (g % 400) end, case when g % 5 = 0 then (g % 90000) end,
       areas.ids[1 + g % array_length(areas.ids, 1)], people.ids[1 + g % array_length(people.ids, 1)],
       g % 11 = 0, 'OFFICIAL',
       (array['SUBMITTED','IN_TRIAGE','UNDER_ASSESSMENT','SHORTLISTED','APPROVED','DECLINED','DECLINED','DECLINED',
              'DUPLICATE','ALREADY_BEING_DONE','IMPLEMENTED_LOCALLY','NEEDS_MORE_INFORMATION'])[1 + g % 12],
       gen_random_uuid(), t.at, t.at, t.at + interval '3 days', 0,
       case when g % 12 in (4, 5, 6, 7, 8, 9, 10) then t.at + interval '20 days' end
from generate_series(1, :count) as g
cross join (select id from force where code = 'WMP') f
cross join (select array_agg(id) as ids from organisation_unit u where u.force_id = (select id from force where code = 'WMP')) areas
cross join (select array_agg(id) as ids from person p where p.force_id = (select id from force where code = 'WMP')) people
cross join lateral (select now() - (g % 1500) * interval '1 day' - (g % 86400) * interval '1 second' as at) t
cross join lateral (
    select (select string_agg(b.w[1 + floor(power(random(), 1.5) * array_length(b.w, 1))::int + 0 * s], ' ')
              from generate_series(1, 4 + (g % 4) + 0 * g) as s) as title,
           (select string_agg(b.w[1 + floor(power(random(), 1.5) * array_length(b.w, 1))::int + 0 * s], ' ')
              from generate_series(1, 25 + (g % 20) + 0 * g) as s) as problem,
           (select string_agg(b.w[1 + floor(power(random(), 1.5) * array_length(b.w, 1))::int + 0 * s], ' ')
              from generate_series(1, 15 + (g % 10) + 0 * g) as s) as change,
           (select string_agg(b.w[1 + floor(power(random(), 1.5) * array_length(b.w, 1))::int + 0 * s], ' ')
              from generate_series(1, 8 + (g % 6) + 0 * g) as s) as benefit
    from bench_words b) words;

create index idea_search_idx on idea using gin (search);
create index idea_title_trgm_idx on idea using gin (title gin_trgm_ops);
analyze idea;
select count(*) as ideas from idea;
