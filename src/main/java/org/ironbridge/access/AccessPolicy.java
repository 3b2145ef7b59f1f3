package org.ironbridge.access;

import static org.ironbridge.access.Permission.ASSESS_IDEAS;
import static org.ironbridge.access.Permission.CHANGE_USER_ACCESS;
import static org.ironbridge.access.Permission.CONFIGURE_IDEAS;
import static org.ironbridge.access.Permission.MODERATE_IDEAS;
import static org.ironbridge.access.Permission.CONFIGURE_GOVERNANCE;
import static org.ironbridge.access.Permission.EDIT_INITIATIVE;
import static org.ironbridge.access.Permission.EXPORT_AUDIT_TRAIL;
import static org.ironbridge.access.Permission.PROPOSE_INITIATIVE;
import static org.ironbridge.access.Permission.RECORD_DECISION;
import static org.ironbridge.access.Permission.USE_SERVICE;
import static org.ironbridge.access.Permission.VIEW_AUDIT_TRAIL;
import static org.ironbridge.access.Permission.VIEW_GOVERNANCE;
import static org.ironbridge.access.Permission.VIEW_OPERATIONS;
import static org.ironbridge.access.Permission.VIEW_PORTFOLIO;
import static org.ironbridge.access.Permission.WORK_ON_INITIATIVES;
import static org.ironbridge.access.Permission.VIEW_USERS;
import static org.ironbridge.access.Permission.VIEW_AI_REGISTER;
import static org.ironbridge.access.Permission.RECORD_AI_ASSURANCE;
import static org.ironbridge.access.Permission.READ_ASSURANCE_MATERIAL;
import static org.ironbridge.access.Permission.SIGN_OFF_DPIA;
import static org.ironbridge.access.Permission.GIVE_ETHICS_ADVICE;
import static org.ironbridge.access.Permission.CONFIGURE_ASSURANCE;
import static org.ironbridge.access.RouteRule.open;
import static org.ironbridge.access.RouteRule.requires;
import static org.ironbridge.access.RouteRule.requiresBoth;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one access policy. Routes are decided from the route table; records from force, vetting
 * against classification, role grants and relationship grants. Deny by default: a route not in the
 * table, a role without the grant, an inactive person, all answer no.
 */
@Component
public class AccessPolicy {

    private static final Map<Role, Set<Permission>> GRANTS = Map.ofEntries(
            Map.entry(Role.STAFF, EnumSet.of(USE_SERVICE)),
            Map.entry(Role.CHANGE_PRACTITIONER, EnumSet.of(VIEW_PORTFOLIO, PROPOSE_INITIATIVE, WORK_ON_INITIATIVES,
                    EDIT_INITIATIVE, VIEW_GOVERNANCE, MODERATE_IDEAS, ASSESS_IDEAS, VIEW_AI_REGISTER, RECORD_AI_ASSURANCE,
                    READ_ASSURANCE_MATERIAL)),
            Map.entry(Role.PMO_ANALYST, EnumSet.of(VIEW_PORTFOLIO, PROPOSE_INITIATIVE, WORK_ON_INITIATIVES,
                    EDIT_INITIATIVE, VIEW_GOVERNANCE, RECORD_DECISION, CONFIGURE_GOVERNANCE, MODERATE_IDEAS, ASSESS_IDEAS,
                    VIEW_AI_REGISTER, RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL)),
            Map.entry(Role.PROJECT_MANAGER, EnumSet.of(VIEW_PORTFOLIO, PROPOSE_INITIATIVE, WORK_ON_INITIATIVES, VIEW_GOVERNANCE,
                    VIEW_AI_REGISTER)),
            Map.entry(Role.SENIOR_RESPONSIBLE_OWNER, EnumSet.of(VIEW_PORTFOLIO, PROPOSE_INITIATIVE, WORK_ON_INITIATIVES,
                    VIEW_GOVERNANCE, VIEW_AI_REGISTER, READ_ASSURANCE_MATERIAL)),
            Map.entry(Role.BOARD_MEMBER, EnumSet.of(VIEW_PORTFOLIO, VIEW_GOVERNANCE, VIEW_AI_REGISTER, READ_ASSURANCE_MATERIAL)),
            Map.entry(Role.BOARD_CHAIR, EnumSet.of(VIEW_PORTFOLIO, VIEW_GOVERNANCE, RECORD_DECISION, VIEW_AI_REGISTER,
                    READ_ASSURANCE_MATERIAL)),
            Map.entry(Role.DATA_PROTECTION_OFFICER, EnumSet.of(VIEW_PORTFOLIO, VIEW_GOVERNANCE, VIEW_AI_REGISTER,
                    RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL, SIGN_OFF_DPIA)),
            Map.entry(Role.ETHICS_PANEL_MEMBER, EnumSet.of(VIEW_PORTFOLIO, VIEW_GOVERNANCE, VIEW_AI_REGISTER,
                    READ_ASSURANCE_MATERIAL, GIVE_ETHICS_ADVICE)),
            Map.entry(Role.INFORMATION_ASSET_OWNER, EnumSet.of(VIEW_PORTFOLIO, VIEW_GOVERNANCE, VIEW_AI_REGISTER,
                    RECORD_AI_ASSURANCE)),
            Map.entry(Role.ADMINISTRATOR, EnumSet.of(VIEW_USERS, CHANGE_USER_ACCESS, VIEW_OPERATIONS, VIEW_PORTFOLIO,
                    VIEW_GOVERNANCE, CONFIGURE_GOVERNANCE, CONFIGURE_IDEAS, VIEW_AI_REGISTER, CONFIGURE_ASSURANCE)),
            Map.entry(Role.AUDITOR, EnumSet.of(VIEW_AUDIT_TRAIL, EXPORT_AUDIT_TRAIL, VIEW_PORTFOLIO, VIEW_GOVERNANCE,
                    VIEW_AI_REGISTER, READ_ASSURANCE_MATERIAL)));

    /** Changes that must say why: the audit trail records the justification with the change. */
    private static final Set<Permission> JUSTIFICATION_REQUIRED = EnumSet.of(CHANGE_USER_ACCESS);

    private static final List<RouteRule> ROUTES = List.of(
            // Open to everyone: sign-in, assets, health, and the pages a person needs before signing in.
            open("GET", "/sign-in"),
            open("POST", "/sign-in"),
            open("GET", "/signed-out"),
            open("GET", "/accessibility"),
            open("GET", "/cookies"),
            open("GET", "/govuk/**"),
            open("GET", "/htmx/**"),
            open("GET", "/css/**"),
            open("GET", "/js/**"),
            open("GET", "/favicon.ico"),
            open("GET", "/favicon.svg"),
            open("*", "/error"),
            open("GET", "/actuator/health"),
            open("GET", "/actuator/health/**"),
            open("GET", "/oauth2/authorization/*"),
            open("GET", "/login/oauth2/code/*"),
            // The force's Ethics Panel page for the public: referrals and the advice as published (issue #5).
            open("GET", "/ethics-panel/{forceCode}"),

            requires("GET", "/", USE_SERVICE),
            requires("GET", "/account", USE_SERVICE),
            requires("POST", "/sign-out", USE_SERVICE),
            requires("GET", "/api/v1/me", USE_SERVICE),
            requires("GET", "/v3/api-docs", USE_SERVICE),
            requires("GET", "/v3/api-docs/**", USE_SERVICE),
            requires("GET", "/v3/api-docs.yaml", USE_SERVICE),
            requires("GET", "/swagger-ui.html", USE_SERVICE),
            requires("GET", "/swagger-ui/**", USE_SERVICE),
            requires("GET", "/actuator/prometheus", VIEW_OPERATIONS),

            requires("GET", "/admin/users", VIEW_USERS),
            requires("GET", "/admin/users/{id}", VIEW_USERS),
            requires("GET", "/admin/users/{id}/edit", CHANGE_USER_ACCESS),
            requires("POST", "/admin/users/{id}", CHANGE_USER_ACCESS),
            requires("GET", "/admin/users/{id}/deactivate", CHANGE_USER_ACCESS),
            requires("POST", "/admin/users/{id}/deactivate", CHANGE_USER_ACCESS),
            requires("POST", "/admin/users/{id}/reactivate", CHANGE_USER_ACCESS),
            requires("GET", "/api/v1/people", VIEW_USERS),
            requires("GET", "/api/v1/people/{id}", VIEW_USERS),

            requires("GET", "/portfolio", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/new", PROPOSE_INITIATIVE),
            requires("POST", "/portfolio/initiatives", PROPOSE_INITIATIVE),
            requires("GET", "/portfolio/initiatives/{initiativeId}", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}", WORK_ON_INITIATIVES),
            requires("GET", "/api/v1/initiatives", VIEW_PORTFOLIO),
            requires("POST", "/api/v1/initiatives", PROPOSE_INITIATIVE),
            requires("GET", "/api/v1/initiatives/{initiativeId}", VIEW_PORTFOLIO),

            // Portfolio: business cases and equality analyses (versioned). Changing them needs the route and
            // the initiative's own record check; signing off an equality analysis needs its SRO as well.
            requires("GET", "/portfolio/initiatives/{initiativeId}/business-case", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/business-case/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/business-case", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/equality-analysis", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/equality-analysis/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/equality-analysis", WORK_ON_INITIATIVES),
            // Only the initiative's own SRO signs off, whatever their roles: decided on the record (EqualityRules).
            requires("POST", "/portfolio/initiatives/{initiativeId}/equality-analysis/sign-off", VIEW_PORTFOLIO),
            requires("POST", "/portfolio/initiatives/{initiativeId}/equality-analysis/feedback", WORK_ON_INITIATIVES),
            // RAID log, portfolio dependencies and change impact (issue #3). Changes are for those who work on
            // initiatives; the initiative itself decides who (InitiativeEditing.forEditing).
            requires("GET", "/portfolio/dependencies", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/change-impact", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/risks/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/risks", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/risks/{itemId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/risks/{itemId}", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/issues/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/issues", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/issues/{itemId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/issues/{itemId}", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/assumptions/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/assumptions", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/assumptions/{itemId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/assumptions/{itemId}", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/dependencies/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/dependencies", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/raid/dependencies/{itemId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/raid/dependencies/{itemId}", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/change-impact", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/change-impact/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/change-impact", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/change-impact/{itemId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/change-impact/{itemId}", WORK_ON_INITIATIVES),
            // Delivery control: milestones, tolerances, finance, exception reports, monthly status reports.
            // Changes also need the per-record EDIT_INITIATIVE check (InitiativeEditing.forEditing).
            requires("GET", "/portfolio/initiatives/{initiativeId}/delivery", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/milestones/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/milestones", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/milestones/{milestoneId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/milestones/{milestoneId}", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/tolerances/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/tolerances", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/finance/edit", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/finance", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/exception-reports/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/exception-reports", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/exception-reports/{exceptionReportId}", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/status-reports", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/initiatives/{initiativeId}/status-reports/new", WORK_ON_INITIATIVES),
            requires("POST", "/portfolio/initiatives/{initiativeId}/status-reports", WORK_ON_INITIATIVES),
            requires("GET", "/portfolio/initiatives/{initiativeId}/status-reports/{reportId}", VIEW_PORTFOLIO),
            // Governance rules: the tier thresholds and the four lifecycle routes, read by everyone who reads the
            // portfolio and changed by those who configure governance (GovernanceRules checks it again).
            requires("GET", "/portfolio/governance-rules", VIEW_PORTFOLIO),
            requires("GET", "/portfolio/governance-rules/thresholds/edit", CONFIGURE_GOVERNANCE),
            requires("POST", "/portfolio/governance-rules/thresholds", CONFIGURE_GOVERNANCE),
            requires("GET", "/portfolio/governance-rules/lifecycle/edit", CONFIGURE_GOVERNANCE),
            requires("POST", "/portfolio/governance-rules/lifecycle", CONFIGURE_GOVERNANCE),

            requires("GET", "/governance/boards", VIEW_GOVERNANCE),
            // Board set-up; "new" before {boardId}, since the first matching rule decides.
            requires("GET", "/governance/boards/new", CONFIGURE_GOVERNANCE),
            requires("POST", "/governance/boards", CONFIGURE_GOVERNANCE),
            requires("GET", "/governance/boards/{boardId}/edit", CONFIGURE_GOVERNANCE),
            requires("POST", "/governance/boards/{boardId}", CONFIGURE_GOVERNANCE),
            requires("GET", "/governance/boards/{boardId}", VIEW_GOVERNANCE),
            requires("GET", "/governance/boards/{boardId}/decisions/new", RECORD_DECISION),
            requires("POST", "/governance/boards/{boardId}/decisions", RECORD_DECISION),
            requires("GET", "/governance/decisions", VIEW_GOVERNANCE),
            requires("GET", "/governance/decisions/{decisionId}", VIEW_GOVERNANCE),
            requires("GET", "/governance", VIEW_GOVERNANCE),
            requires("GET", "/governance/boards/{boardId}/meetings/new", RECORD_DECISION),
            requires("POST", "/governance/boards/{boardId}/meetings", RECORD_DECISION),
            requires("GET", "/governance/meetings/{meetingId}", VIEW_GOVERNANCE),
            requires("GET", "/governance/meetings/{meetingId}/invitation.ics", VIEW_GOVERNANCE),
            requires("POST", "/governance/meetings/{meetingId}/attendance", RECORD_DECISION),
            requires("POST", "/governance/meetings/{meetingId}/declarations", RECORD_DECISION),
            requires("POST", "/governance/meetings/{meetingId}/actions", RECORD_DECISION),
            requires("POST", "/governance/meetings/{meetingId}/minutes", RECORD_DECISION),
            requires("GET", "/governance/papers", VIEW_GOVERNANCE),
            requires("GET", "/governance/papers/new", WORK_ON_INITIATIVES),
            requires("POST", "/governance/papers", WORK_ON_INITIATIVES),
            requires("GET", "/governance/papers/{paperId}", VIEW_GOVERNANCE),
            requires("GET", "/governance/papers/{paperId}/edit", WORK_ON_INITIATIVES),
            requires("POST", "/governance/papers/{paperId}", WORK_ON_INITIATIVES),
            requires("POST", "/governance/papers/{paperId}/checks", WORK_ON_INITIATIVES),
            requires("POST", "/governance/papers/{paperId}/submission", WORK_ON_INITIATIVES),
            requires("GET", "/governance/actions", VIEW_GOVERNANCE),
            requires("POST", "/governance/actions/{actionId}/done", VIEW_GOVERNANCE),
            requires("GET", "/api/v1/boards", VIEW_GOVERNANCE),
            requires("POST", "/api/v1/boards", CONFIGURE_GOVERNANCE),
            requires("GET", "/api/v1/boards/{boardId}", VIEW_GOVERNANCE),
            requires("GET", "/api/v1/decisions", VIEW_GOVERNANCE),
            requires("GET", "/api/v1/decisions/{decisionId}", VIEW_GOVERNANCE),
            requires("POST", "/api/v1/decisions", RECORD_DECISION),

            // AI and data assurance (issue #5). The register is read by those who read the portfolio; its sensitive
            // material (DPIA, impact assessment, ethics) is decided again on the record, with a justification.
            requires("GET", "/assurance", VIEW_AI_REGISTER),
            requires("GET", "/assurance/systems/new", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems", RECORD_AI_ASSURANCE),
            requires("GET", "/assurance/systems/{systemId}", VIEW_AI_REGISTER),
            requires("GET", "/assurance/systems/{systemId}/edit", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}/status", RECORD_AI_ASSURANCE),
            requires("GET", "/assurance/systems/{systemId}/justification", READ_ASSURANCE_MATERIAL),
            requires("POST", "/assurance/systems/{systemId}/justification", READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/systems/{systemId}/transparency-record", VIEW_AI_REGISTER),
            requires("GET", "/assurance/systems/{systemId}/transparency-record.json", VIEW_AI_REGISTER),
            requires("GET", "/assurance/systems/{systemId}/assessment", VIEW_AI_REGISTER),
            requires("POST", "/assurance/systems/{systemId}/assessment", RECORD_AI_ASSURANCE),
            requires("GET", "/assurance/systems/{systemId}/use", VIEW_AI_REGISTER),
            requires("POST", "/assurance/systems/{systemId}/use/rules", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}/use/rule-removal", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}/use/assets", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}/use/asset-removal", RECORD_AI_ASSURANCE),
            // The DPIA: read by those who read sensitive material; written by those who also record assurance;
            // signed off by the Data Protection Officer alone.
            requires("GET", "/assurance/systems/{systemId}/dpia", READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/systems/{systemId}/dpia/export.docx", READ_ASSURANCE_MATERIAL),
            requiresBoth("GET", "/assurance/systems/{systemId}/dpia/screening", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/dpia/screening", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requiresBoth("GET", "/assurance/systems/{systemId}/dpia/edit", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/dpia", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/dpia/new-version", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/systems/{systemId}/dpia/sign-off", SIGN_OFF_DPIA),
            requires("POST", "/assurance/systems/{systemId}/dpia/sign-off", SIGN_OFF_DPIA),
            // The impact assessment and the compliance test: read with a justification; written by those who record
            // assurance and may also read the material (an information asset owner records assurance but cannot).
            requires("GET", "/assurance/systems/{systemId}/impact-assessment", READ_ASSURANCE_MATERIAL),
            requiresBoth("GET", "/assurance/systems/{systemId}/impact-assessment/edit", RECORD_AI_ASSURANCE,
                    READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/impact-assessment", RECORD_AI_ASSURANCE,
                    READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/impact-assessment/completion", RECORD_AI_ASSURANCE,
                    READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/systems/{systemId}/compliance", READ_ASSURANCE_MATERIAL),
            requiresBoth("GET", "/assurance/systems/{systemId}/compliance/edit", RECORD_AI_ASSURANCE,
                    READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/compliance", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            // The compliance checklists are data an administrator keeps up to date with the law.
            requires("GET", "/assurance/settings/checklists", CONFIGURE_ASSURANCE),
            requires("GET", "/assurance/settings/checklists/item", CONFIGURE_ASSURANCE),
            requires("POST", "/assurance/settings/checklists/items", CONFIGURE_ASSURANCE),
            requires("POST", "/assurance/settings/checklists/items/withdrawal", CONFIGURE_ASSURANCE),
            // Ethics Panel: the force refers, the panel advises, the force answers each recommendation; the
            // pack and the advice are sensitive material, so those who refer and answer must also read it (a
            // referral or a response names its record in the form).
            requires("GET", "/assurance/ethics-panel", READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/settings/ethics-outcomes", CONFIGURE_ASSURANCE),
            requires("POST", "/assurance/settings/ethics-outcomes", CONFIGURE_ASSURANCE),
            requires("POST", "/assurance/settings/ethics-outcomes/rename", CONFIGURE_ASSURANCE),
            requires("POST", "/assurance/settings/ethics-outcomes/use", CONFIGURE_ASSURANCE),
            requires("GET", "/assurance/systems/{systemId}/ethics", READ_ASSURANCE_MATERIAL),
            requiresBoth("GET", "/assurance/systems/{systemId}/ethics/referral", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requiresBoth("GET", "/assurance/systems/{systemId}/ethics/meeting", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/ethics/meeting", RECORD_AI_ASSURANCE, READ_ASSURANCE_MATERIAL),
            requiresBoth("POST", "/assurance/systems/{systemId}/ethics/referrals", RECORD_AI_ASSURANCE,
                    READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/systems/{systemId}/ethics/pack", READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/systems/{systemId}/ethics/pack.txt", READ_ASSURANCE_MATERIAL),
            requires("GET", "/assurance/systems/{systemId}/ethics/advice", GIVE_ETHICS_ADVICE),
            requires("POST", "/assurance/systems/{systemId}/ethics/advice", GIVE_ETHICS_ADVICE),
            requiresBoth("POST", "/assurance/systems/{systemId}/ethics/responses", RECORD_AI_ASSURANCE,
                    READ_ASSURANCE_MATERIAL),
            // Validation, monitoring and decommissioning are read with the register (aggregate results about the system,
            // fit for its transparency record) and recorded by the assurance team.
            requires("GET", "/assurance/reviews", VIEW_AI_REGISTER),
            requires("GET", "/assurance/systems/{systemId}/validation", VIEW_AI_REGISTER),
            requires("GET", "/assurance/systems/{systemId}/validation/new", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}/validation", RECORD_AI_ASSURANCE),
            requires("GET", "/assurance/systems/{systemId}/monitoring", VIEW_AI_REGISTER),
            requires("GET", "/assurance/systems/{systemId}/monitoring/plan", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}/monitoring/plan", RECORD_AI_ASSURANCE),
            requires("GET", "/assurance/systems/{systemId}/monitoring/review", RECORD_AI_ASSURANCE),
            requires("POST", "/assurance/systems/{systemId}/monitoring/reviews", RECORD_AI_ASSURANCE),
            requires("GET", "/assurance/systems/{systemId}/decommissioning", VIEW_AI_REGISTER),
            requires("POST", "/assurance/systems/{systemId}/decommissioning", RECORD_AI_ASSURANCE),

            // The ideas portal is for every member of staff; a draft is its submitter's alone (decided on the record).
            requires("GET", "/ideas", USE_SERVICE),
            requires("GET", "/ideas/new", USE_SERVICE),
            requires("GET", "/ideas/mine", USE_SERVICE),
            requires("GET", "/ideas/triage", MODERATE_IDEAS),
            requires("GET", "/ideas/statistics", VIEW_PORTFOLIO),
            requires("GET", "/ideas/statistics.csv", VIEW_PORTFOLIO),
            requires("GET", "/ideas/settings", CONFIGURE_IDEAS),
            requires("POST", "/ideas/settings/service-level", CONFIGURE_IDEAS),
            requires("POST", "/ideas/settings/decline-reasons", CONFIGURE_IDEAS),
            requires("POST", "/ideas/settings/decline-reasons/{reasonId}", CONFIGURE_IDEAS),
            requires("POST", "/ideas/settings/terms", CONFIGURE_IDEAS),
            requires("GET", "/ideas/settings/routing-rules/new", CONFIGURE_IDEAS),
            requires("POST", "/ideas/settings/routing-rules", CONFIGURE_IDEAS),
            requires("GET", "/ideas/settings/routing-rules/{ruleId}/edit", CONFIGURE_IDEAS),
            requires("POST", "/ideas/settings/routing-rules/{ruleId}", CONFIGURE_IDEAS),
            requires("GET", "/ideas/similar", USE_SERVICE),
            requires("POST", "/ideas", USE_SERVICE),
            // Scoring of ideas (prioritisation): assessors read and give scores; literal paths before /ideas/{ideaId}.
            requires("GET", "/ideas/{ideaId}/assessment", ASSESS_IDEAS),
            requires("GET", "/ideas/{ideaId}/assessment/score", ASSESS_IDEAS),
            requires("POST", "/ideas/{ideaId}/assessment/score", ASSESS_IDEAS),
            requires("GET", "/prioritisation/shortlist", ASSESS_IDEAS),
            requires("GET", "/prioritisation/value-effort", ASSESS_IDEAS),
            requires("GET", "/prioritisation/settings", CONFIGURE_IDEAS),
            requires("POST", "/prioritisation/settings", CONFIGURE_IDEAS),
            requires("GET", "/ideas/{ideaId}", USE_SERVICE),
            requires("GET", "/ideas/{ideaId}/edit", USE_SERVICE),
            requires("POST", "/ideas/{ideaId}", USE_SERVICE),
            requires("GET", "/ideas/{ideaId}/triage", MODERATE_IDEAS),
            requires("POST", "/ideas/{ideaId}/triage", MODERATE_IDEAS),
            requires("POST", "/ideas/{ideaId}/separation", MODERATE_IDEAS),
            requires("POST", "/ideas/{ideaId}/routing", MODERATE_IDEAS),
            requires("POST", "/ideas/{ideaId}/classification", MODERATE_IDEAS),
            requires("POST", "/ideas/{ideaId}/notes", MODERATE_IDEAS),
            // Support, comments and following of a published idea; the idea itself decides what is refused.
            requires("POST", "/ideas/{ideaId}/support", USE_SERVICE),
            requires("POST", "/ideas/{ideaId}/support/withdrawal", USE_SERVICE),
            requires("POST", "/ideas/{ideaId}/comments", USE_SERVICE),
            requires("POST", "/ideas/{ideaId}/follow", USE_SERVICE),
            requires("POST", "/ideas/{ideaId}/unfollow", USE_SERVICE),
            requires("GET", "/api/v1/ideas", USE_SERVICE),
            requires("POST", "/api/v1/ideas", USE_SERVICE),
            requires("GET", "/api/v1/ideas/search", USE_SERVICE),
            requires("GET", "/api/v1/ideas/{ideaId}", USE_SERVICE),
            requires("POST", "/api/v1/ideas/{ideaId}/support", USE_SERVICE),
            requires("DELETE", "/api/v1/ideas/{ideaId}/support", USE_SERVICE),

            // Everyone's own notifications.
            requires("GET", "/notifications", USE_SERVICE),
            requires("POST", "/notifications/read", USE_SERVICE),
            // Attachments: added and removed by the idea's submitter, downloaded by whoever may read the idea (decided on the record).
            requires("GET", "/ideas/{ideaId}/attachments/new", USE_SERVICE),
            requires("POST", "/ideas/{ideaId}/attachments", USE_SERVICE),
            requires("GET", "/ideas/{ideaId}/attachments/{attachmentId}", USE_SERVICE),
            requires("POST", "/ideas/{ideaId}/attachments/{attachmentId}/removal", USE_SERVICE),

            requires("GET", "/audit", VIEW_AUDIT_TRAIL),
            requires("GET", "/audit/events/{seq}", VIEW_AUDIT_TRAIL),
            requires("POST", "/audit/verify", VIEW_AUDIT_TRAIL),
            requires("GET", "/audit/export.csv", EXPORT_AUDIT_TRAIL),
            requires("GET", "/api/v1/audit/events", VIEW_AUDIT_TRAIL),
            requires("POST", "/api/v1/audit/verification", VIEW_AUDIT_TRAIL));

    /** The route table, in order; the first matching rule decides. */
    public List<RouteRule> routes() {
        return ROUTES;
    }

    public Optional<RouteRule> ruleFor(String method, String path) {
        return ROUTES.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    /** Whether this person (null when nobody is signed in) may make this request. */
    public boolean allowsRoute(Subject subject, String method, String path) {
        return ruleFor(method, path).map(rule -> rule.open() || (permits(subject, rule.permission())
                && (rule.alsoNeeded() == null || permits(subject, rule.alsoNeeded())))).orElse(false);
    }

    public boolean permits(Subject subject, Permission permission) {
        if (subject == null || !subject.active() || permission == null) {
            return false;
        }
        return subject.roles().stream().anyMatch(role -> GRANTS.getOrDefault(role, Set.of()).contains(permission));
    }

    /**
     * Decides one action on one record. Another force's record, or one above the person's vetting,
     * is reported as not found so that its existence is not disclosed.
     */
    public RecordDecision decide(Subject subject, Permission permission, ProtectedRecord record) {
        if (subject == null || !subject.active() || !subject.forceId().equals(record.forceId())
                || !subject.vetting().atLeast(record.classification().minimumVetting())) {
            return new RecordDecision(RecordDecision.Outcome.NOT_FOUND, false, false);
        }
        boolean allowed = permits(subject, permission) || grantedByRelationship(subject, permission, record);
        return new RecordDecision(allowed ? RecordDecision.Outcome.ALLOW : RecordDecision.Outcome.DENY,
                allowed && JUSTIFICATION_REQUIRED.contains(permission),
                allowed && record.classification() == Classification.OFFICIAL_SENSITIVE);
    }

    public boolean justificationRequired(Permission permission) {
        return JUSTIFICATION_REQUIRED.contains(permission);
    }

    private static boolean grantedByRelationship(Subject subject, Permission permission, ProtectedRecord record) {
        UUID person = subject.personId();
        return switch (permission) {
            case USE_SERVICE -> record.relates(person, Relationship.SELF);
            // An initiative's own SRO and project manager run it, whatever their roles.
            case EDIT_INITIATIVE -> record.relates(person, Relationship.SENIOR_RESPONSIBLE_OWNER)
                    || record.relates(person, Relationship.OWNER);
            // An idea's text is its submitter's alone.
            case EDIT_IDEA -> record.relates(person, Relationship.OWNER);
            default -> false;
        };
    }

    /** The subject of an authentication, or null when nobody (or something else) is signed in. */
    public static Subject subjectOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            return person.subject();
        }
        return null;
    }
}
