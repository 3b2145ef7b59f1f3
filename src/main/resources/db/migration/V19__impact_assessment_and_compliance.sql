-- Issue #5: each AI system's Algorithmic Impact Assessment, and its compliance test against the law and the
-- national benchmarks. The checklists are data, not code, because the law changes: every change an administrator
-- makes creates a new checklist version, old versions stay readable, and a test keeps the version it was
-- answered against.

-- The Algorithmic Impact Assessment: one current assessment per system, under optimistic locking.
create table impact_assessment (
    id                      uuid primary key,
    system_id               uuid not null unique references ai_system (id),
    status                  text not null check (status in ('DRAFT', 'COMPLETE')),
    light                   boolean not null,
    affected_groups         text check (length(affected_groups) <= 4000),
    automation_level        integer check (automation_level between 1 and 5),
    human_oversight         text check (length(human_oversight) <= 4000),
    challenge               text check (length(challenge) <= 4000),
    accuracy                text check (length(accuracy) <= 4000),
    false_positives         text check (length(false_positives) <= 4000),
    false_positive_cost     text check (length(false_positive_cost) <= 4000),
    false_negatives         text check (length(false_negatives) <= 4000),
    false_negative_cost     text check (length(false_negative_cost) <= 4000),
    explainability_limits   text check (length(explainability_limits) <= 4000),
    version                 integer not null,
    created_by              text not null,
    created_at              timestamptz not null,
    updated_by              text not null,
    updated_at              timestamptz not null,
    completed_by            text,
    completed_at            timestamptz,
    check ((status = 'COMPLETE') = (completed_at is not null))
);

-- Expected impact on each of the nine protected characteristics of the Equality Act 2010, with its evidence.
create table impact_assessment_fairness (
    assessment_id   uuid not null references impact_assessment (id),
    characteristic  text not null check (characteristic in ('AGE', 'DISABILITY', 'GENDER_REASSIGNMENT',
                        'MARRIAGE_CIVIL_PARTNERSHIP', 'PREGNANCY_MATERNITY', 'RACE', 'RELIGION_BELIEF', 'SEX',
                        'SEXUAL_ORIENTATION')),
    impact          text check (impact in ('NONE', 'POSITIVE', 'NEGATIVE', 'UNKNOWN')),
    evidence        text check (length(evidence) <= 4000),
    primary key (assessment_id, characteristic)
);

-- The ICO and Alan Turing Institute explanation types the force can give, and how.
create table impact_assessment_explanation (
    assessment_id     uuid not null references impact_assessment (id),
    explanation_type  text not null check (explanation_type in ('RATIONALE', 'RESPONSIBILITY', 'DATA', 'FAIRNESS',
                          'SAFETY_PERFORMANCE', 'IMPACT')),
    how               text check (length(how) <= 4000),
    primary key (assessment_id, explanation_type)
);

-- ALGO-CARE (Oswald, Grace, Urwin and Barnes, 2018): each item rated with its evidence.
create table impact_assessment_algo_care (
    assessment_id   uuid not null references impact_assessment (id),
    item            text not null check (item in ('ADVISORY', 'LAWFUL', 'GRANULARITY', 'OWNERSHIP', 'CHALLENGEABLE',
                        'ACCURACY', 'RESPONSIBLE', 'EXPLAINABLE')),
    rating          text check (rating in ('MET', 'PARTLY_MET', 'NOT_MET')),
    evidence        text check (length(evidence) <= 4000),
    primary key (assessment_id, item)
);

-- The laws and benchmarks a compliance test answers; a benchmark is good practice, not law.
create table compliance_framework (
    code        text primary key check (code ~ '^[A-Z0-9-]{2,40}$'),
    name        text not null check (length(name) between 1 and 200),
    kind        text not null check (kind in ('LAW', 'BENCHMARK')),
    applies     text not null check (applies in ('ALWAYS', 'WHEN_BIOMETRICS')),
    position    integer not null,
    summary     text not null check (length(summary) between 1 and 2000)
);

-- A version of one framework's checklist. The national baseline (force_id null) ships with Ironbridge; when a
-- force's administrator changes a checklist the force gets its own next version, and other forces keep theirs.
create table compliance_checklist_version (
    id              uuid primary key,
    framework_code  text not null references compliance_framework (code),
    force_id        uuid references force (id),
    number          integer not null check (number >= 1),
    change_note     text not null check (length(change_note) between 1 and 1000),
    created_by      text not null,
    created_at      timestamptz not null
);
create unique index compliance_checklist_version_number_idx on compliance_checklist_version
    (framework_code, coalesce(force_id, '00000000-0000-0000-0000-000000000000'::uuid), number);

-- The items of one version, as they stood: a version is never changed once written.
create table compliance_checklist_item (
    version_id  uuid not null references compliance_checklist_version (id),
    code        text not null check (code ~ '^[A-Z0-9-]{1,40}$'),
    text        text not null check (length(text) between 1 and 500),
    guidance    text check (length(guidance) <= 4000),
    position    integer not null,
    primary key (version_id, code)
);

-- One compliance test per system, under optimistic locking.
create table compliance_test (
    id          uuid primary key,
    system_id   uuid not null unique references ai_system (id),
    version     integer not null,
    created_by  text not null,
    created_at  timestamptz not null,
    updated_by  text not null,
    updated_at  timestamptz not null
);

-- Which checklist version the test answered for each framework: it keeps showing that version.
create table compliance_test_framework (
    test_id               uuid not null references compliance_test (id),
    framework_code        text not null references compliance_framework (code),
    checklist_version_id  uuid not null references compliance_checklist_version (id),
    primary key (test_id, framework_code),
    unique (test_id, framework_code, checklist_version_id)
);

create table compliance_answer (
    test_id               uuid not null,
    framework_code        text not null,
    checklist_version_id  uuid not null,
    item_code             text not null,
    outcome               text not null check (outcome in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE')),
    evidence              text not null check (length(evidence) between 1 and 4000),
    reviewer_id           uuid not null references person (id),
    reviewed_on           date not null,
    primary key (test_id, framework_code, item_code),
    foreign key (test_id, framework_code, checklist_version_id)
        references compliance_test_framework (test_id, framework_code, checklist_version_id),
    foreign key (checklist_version_id, item_code) references compliance_checklist_item (version_id, code)
);

insert into compliance_framework (code, name, kind, applies, position, summary) values
('DPA-2018-PART-3', 'Data Protection Act 2018 Part 3 (law enforcement processing)', 'LAW', 'ALWAYS', 1,
 'The six data protection principles for processing by a competent authority for a law enforcement purpose (sections 35 to 40), logging (section 62) and the data protection impact assessment (section 64).'),
('UK-GDPR', 'UK GDPR principles', 'LAW', 'ALWAYS', 2,
 'The principles of Article 5 UK GDPR for processing that is not for a law enforcement purpose (staff data, general administration): fairness, transparency, accountability and proportionality.'),
('HRA-1998-ART-8', 'Human Rights Act 1998, Article 8 (right to respect for private and family life)', 'LAW', 'ALWAYS', 3,
 'An interference with private life is justified only if it is in accordance with the law, pursues a legitimate aim and is necessary in a democratic society and proportionate.'),
('CODE-OF-ETHICS', 'College of Policing Code of Ethics (2024)', 'LAW', 'ALWAYS', 4,
 'The ethical policing principles of the 2024 Code of Ethics, a code of practice for policing in England and Wales: courage, respect and empathy, and public service.'),
('SURVEILLANCE-CAMERA-CODE', 'Surveillance Camera Code of Practice', 'LAW', 'WHEN_BIOMETRICS', 5,
 'The 12 guiding principles of the code issued under the Protection of Freedoms Act 2012, to which the police must have regard. Applies only when the system uses cameras or biometrics.'),
('EQUALITY-ACT-2010', 'Equality Act 2010', 'LAW', 'ALWAYS', 6,
 'The public sector equality duty (section 149) and the prohibition of indirect discrimination (section 19): avoiding bias and discrimination.'),
('ICO-AI-GUIDANCE', 'ICO guidance on AI and data protection', 'BENCHMARK', 'ALWAYS', 7,
 'The Information Commissioner''s guidance on applying data protection law to AI, used to benchmark compliance and good practice.'),
('NPCC-AI-COVENANT', 'NPCC Covenant for using AI in policing', 'BENCHMARK', 'ALWAYS', 8,
 'The National Police Chiefs'' Council''s commitment that AI in policing is lawful, transparent, explainable, responsible, accountable and robust.'),
('NPCC-DIGITAL-ETHICS', 'NPCC Policing Digital Ethics Framework', 'BENCHMARK', 'ALWAYS', 9,
 'The questions the force asks of any digital or data-driven capability, summarised from the NPCC''s Policing Digital Ethics Framework. Check the wording against the current published framework and change it here if it has moved on.');

insert into compliance_checklist_version (id, framework_code, force_id, number, change_note, created_by, created_at)
select gen_random_uuid(), code, null, 1, 'National baseline as shipped with Ironbridge', 'system:migration', now()
from compliance_framework;

insert into compliance_checklist_item (version_id, code, text, guidance, position)
select v.id, x.code, x.text, x.guidance, x.position
from (values
('DPA-2018-PART-3', 'S35', 's35 First principle: the processing is lawful and fair',
 'It is based on law and is necessary for a task carried out for a law enforcement purpose by a competent authority (or the person consented). Sensitive processing (biometric data for identification, racial or ethnic origin, health and the other special categories) must be strictly necessary, meet a condition in Schedule 8 and be covered by an appropriate policy document.', 1),
('DPA-2018-PART-3', 'S36', 's36 Second principle: the purpose is specified, explicit and legitimate',
 'The law enforcement purpose is specified, explicit and legitimate when the data is collected, and the data is not processed in a way incompatible with that purpose. Any other use needs its own authorisation in law and must be necessary and proportionate.', 2),
('DPA-2018-PART-3', 'S37', 's37 Third principle: the data is adequate, relevant and not excessive',
 'The system uses only the personal data it needs for its purpose: no more fields, people or history than the purpose requires.', 3),
('DPA-2018-PART-3', 'S38', 's38 Fourth principle: the data is accurate and kept up to date',
 'Inaccurate data is erased or rectified without delay; personal data based on facts is distinguished, so far as possible, from data based on personal assessments; and data about different categories of people (suspects, convicted people, victims, witnesses) is kept distinct where relevant.', 4),
('DPA-2018-PART-3', 'S39', 's39 Fifth principle: the data is kept no longer than necessary',
 'Retention periods are set for the system''s data, inputs and outputs, with periodic review of the need to keep them, and data is disposed of at the end of them.', 5),
('DPA-2018-PART-3', 'S40', 's40 Sixth principle: the data is processed securely',
 'Appropriate technical and organisational measures protect against unauthorised or unlawful processing and against accidental loss, destruction or damage: for policing, the National Police Information Risk Management standards and Police Secure Network requirements.', 6),
('DPA-2018-PART-3', 'S62', 's62 Logging: the system keeps logs of its processing',
 'Logs are kept, for the automated processing, of collection, alteration, consultation, disclosure (including transfers), combination and erasure; the logs of consultation and disclosure make it possible to establish the date and time and, so far as possible, who consulted or disclosed the data and to whom. As amended: the Data (Use and Access) Act 2025 removed the requirement to log the justification for consultation and disclosure.', 7),
('DPA-2018-PART-3', 'S64', 's64 A data protection impact assessment was carried out before the processing',
 'A DPIA is required where a type of processing is likely to result in a high risk to the rights and freedoms of individuals: a description of the processing, an assessment of the risks, and the measures and safeguards to address them. Refer to this system''s DPIA.', 8),
('UK-GDPR', 'FAIRNESS', 'Fairness: the processing is what people would reasonably expect and has no unjustified adverse effect on them',
 'Article 5(1)(a). Consider how the processing affects the people whose data it uses, including any bias in its outputs.', 1),
('UK-GDPR', 'TRANSPARENCY', 'Transparency: people are told clearly how their data is used, including by AI',
 'Article 5(1)(a) and Articles 13 and 14: privacy information in plain language, given at the time or within a reasonable period.', 2),
('UK-GDPR', 'ACCOUNTABILITY', 'Accountability: the force can demonstrate its compliance',
 'Article 5(2): records of processing, policies, the DPIA, contracts with processors, and named owners.', 3),
('UK-GDPR', 'PROPORTIONALITY', 'Proportionality and data minimisation: the data is adequate, relevant and limited to what is necessary',
 'Article 5(1)(c). The least data, and the least intrusive processing, that achieves the purpose.', 4),
('HRA-1998-ART-8', 'LAW', 'In accordance with the law',
 'The interference has a basis in domestic law that is accessible and foreseeable, with safeguards against arbitrary use: a published force policy says when and how the system is used.', 1),
('HRA-1998-ART-8', 'AIM', 'Pursues a legitimate aim',
 'One of the aims in Article 8(2): national security, public safety, the economic well-being of the country, the prevention of disorder or crime, the protection of health or morals, or the protection of the rights and freedoms of others.', 2),
('HRA-1998-ART-8', 'NECESSARY', 'Necessary in a democratic society and proportionate',
 'It meets a pressing social need; no less intrusive means would achieve the aim; and it strikes a fair balance between the rights of the individual and the interests of the community.', 3),
('CODE-OF-ETHICS', 'COURAGE', 'Courage',
 'Those responsible for the system do the right thing when it is difficult: they challenge and report concerns about its use, are candid about its limitations, and stop using it when it is not right.', 1),
('CODE-OF-ETHICS', 'RESPECT', 'Respect and empathy',
 'The system treats people with dignity and respect and takes account of their circumstances, in particular of people who are vulnerable.', 2),
('CODE-OF-ETHICS', 'PUBLIC-SERVICE', 'Public service',
 'The system is used in the public interest, to serve and protect the public, and the force is open and accountable about its use.', 3),
('SURVEILLANCE-CAMERA-CODE', 'P1', '1. Specified purpose: a legitimate aim and a pressing need',
 'Use of a surveillance camera system must always be for a specified purpose which is in pursuit of a legitimate aim and necessary to meet an identified pressing need.', 1),
('SURVEILLANCE-CAMERA-CODE', 'P2', '2. Effect on privacy, reviewed regularly',
 'Use must take into account its effect on individuals and their privacy, with regular reviews to ensure its use remains justified.', 2),
('SURVEILLANCE-CAMERA-CODE', 'P3', '3. Transparency, with a published contact point',
 'There must be as much transparency in the use of the system as possible, including a published contact point for access to information and complaints.', 3),
('SURVEILLANCE-CAMERA-CODE', 'P4', '4. Clear responsibility and accountability',
 'There must be clear responsibility and accountability for all surveillance camera system activities, including images and information collected, held and used.', 4),
('SURVEILLANCE-CAMERA-CODE', 'P5', '5. Rules, policies and procedures in place before use',
 'Clear rules, policies and procedures must be in place before the system is used, and communicated to all who need to comply with them.', 5),
('SURVEILLANCE-CAMERA-CODE', 'P6', '6. No more images and information stored than strictly required',
 'No more images and information should be stored than is strictly required for the stated purpose, and they should be deleted once their purposes have been discharged.', 6),
('SURVEILLANCE-CAMERA-CODE', 'P7', '7. Restricted access and disclosure',
 'Access to retained images and information should be restricted, with clearly defined rules on who can gain access and for what purpose; disclosure should take place only when necessary for such a purpose or for law enforcement purposes.', 7),
('SURVEILLANCE-CAMERA-CODE', 'P8', '8. Approved operational, technical and competency standards',
 'Operators should consider any approved operational, technical and competency standards relevant to the system and its purpose, and work to meet and maintain them.', 8),
('SURVEILLANCE-CAMERA-CODE', 'P9', '9. Security against unauthorised access and use',
 'Images and information should be subject to appropriate security measures to safeguard against unauthorised access and use.', 9),
('SURVEILLANCE-CAMERA-CODE', 'P10', '10. Review and audit, with regular published reports',
 'There should be effective review and audit mechanisms to ensure legal requirements, policies and standards are complied with in practice, and regular reports should be published.', 10),
('SURVEILLANCE-CAMERA-CODE', 'P11', '11. Used in the most effective way, for images of evidential value',
 'When use is in pursuit of a legitimate aim and there is a pressing need, the system should be used in the most effective way to support public safety and law enforcement, with the aim of processing images and information of evidential value.', 11),
('SURVEILLANCE-CAMERA-CODE', 'P12', '12. Reference databases for matching are accurate and up to date',
 'Any information used to support the system which compares against a reference database for matching purposes should be accurate and kept up to date.', 12),
('EQUALITY-ACT-2010', 'S149', 's149 Public sector equality duty: due regard was had',
 'Due regard to the need to eliminate discrimination, harassment and victimisation; to advance equality of opportunity; and to foster good relations between people who share a protected characteristic and those who do not. Refer to the equality impact assessment and the fairness section of the impact assessment.', 1),
('EQUALITY-ACT-2010', 'S19', 's19 Indirect discrimination: no unjustified particular disadvantage',
 'The system, applied to everyone, does not put people who share a protected characteristic at a particular disadvantage (for example, higher error rates for one group), unless it is a proportionate means of achieving a legitimate aim.', 2),
('ICO-AI-GUIDANCE', 'ACCOUNTABILITY', 'Accountability and governance',
 'Senior ownership, a DPIA, clear controller and processor roles with the supplier, and documented trade-offs between risks.', 1),
('ICO-AI-GUIDANCE', 'LAWFUL-FAIR-TRANSPARENT', 'Lawfulness, fairness and transparency',
 'A lawful basis for each stage (development and deployment); bias and discrimination identified and mitigated; people told how AI is used and decisions explained to them.', 2),
('ICO-AI-GUIDANCE', 'ACCURACY', 'Accuracy and statistical accuracy',
 'The accuracy of the personal data, and the statistical accuracy of the system''s outputs, measured, reported with their limits and monitored over time; outputs are recorded as predictions, not facts.', 3),
('ICO-AI-GUIDANCE', 'SECURITY-MINIMISATION', 'Security and data minimisation',
 'Risks particular to AI (model inversion, data leakage, supplier access) addressed; only the data needed, in training and in use.', 4),
('ICO-AI-GUIDANCE', 'INDIVIDUAL-RIGHTS', 'Individual rights, including those about automated decision-making',
 'People can exercise their rights of access, rectification and erasure over data in the system; for decisions based solely on automated processing, the safeguards are in place: information about the decision, the ability to make representations, human intervention and the ability to contest it.', 5),
('NPCC-AI-COVENANT', 'LAWFUL', 'Lawful',
 'The use of AI complies with the law, regulation and statutory guidance.', 1),
('NPCC-AI-COVENANT', 'TRANSPARENT', 'Transparent',
 'The force is open about where and how it uses AI, including in its public transparency record.', 2),
('NPCC-AI-COVENANT', 'EXPLAINABLE', 'Explainable',
 'The force can explain, in plain language, how the AI contributes to outcomes and decisions.', 3),
('NPCC-AI-COVENANT', 'RESPONSIBLE', 'Responsible',
 'The AI is used responsibly: bias and other harms are considered and mitigated, and the benefits justify the risks.', 4),
('NPCC-AI-COVENANT', 'ACCOUNTABLE', 'Accountable',
 'A named person is accountable for the AI and its outputs, and people remain responsible for the decisions it informs.', 5),
('NPCC-AI-COVENANT', 'ROBUST', 'Robust',
 'The AI is secure, reliable and tested before use, and monitored for as long as it is used.', 6),
('NPCC-DIGITAL-ETHICS', 'PUBLIC-GOOD', 'Public good: the benefit to the public is clear and outweighs the intrusion and the harms', null, 1),
('NPCC-DIGITAL-ETHICS', 'LEGITIMACY', 'Legitimacy and trust: the communities served would see the use as legitimate, and have been engaged', null, 2),
('NPCC-DIGITAL-ETHICS', 'RIGHTS', 'Human rights and privacy: any intrusion is justified and kept to the minimum', null, 3),
('NPCC-DIGITAL-ETHICS', 'FAIRNESS', 'Fairness: bias has been looked for, tested and mitigated', null, 4),
('NPCC-DIGITAL-ETHICS', 'TRANSPARENCY', 'Transparency and explainability: the force is open about the use and can explain its outcomes', null, 5),
('NPCC-DIGITAL-ETHICS', 'ACCOUNTABILITY', 'Accountability and oversight: a named owner, independent ethical scrutiny and regular review', null, 6),
('NPCC-DIGITAL-ETHICS', 'REVIEW', 'Reliability and review: the capability is tested, monitored and withdrawn when no longer justified', null, 7)
) as x (framework, code, text, guidance, position)
join compliance_checklist_version v on v.framework_code = x.framework and v.force_id is null and v.number = 1;
