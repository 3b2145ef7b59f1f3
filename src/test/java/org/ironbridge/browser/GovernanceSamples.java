package org.ironbridge.browser;

/** Demo governance records that route and page tests use for path variables. */
public final class GovernanceSamples {

    private GovernanceSamples() {
    }

    /** The query for one sample id: Andi-Esra's commissioning decision and meeting, its gate paper (a draft in the demo), an open action. */
    public static String query(String variable) {
        return switch (variable) {
            case "decisionId" -> "select d.id::text from decision d join initiative i on i.id = d.initiative_id "
                    + "where i.title like 'Andi-Esra%' and d.outcome = 'APPROVE_WITH_CONDITIONS' order by d.reference limit 1";
            case "meetingId" -> "select m.id::text from meeting m join board b on b.id = m.board_id "
                    + "where b.name = 'Change Board' and m.starts_at < now() order by m.starts_at limit 1";
            case "paperId" -> "select p.id::text from paper p join initiative i on i.id = p.initiative_id "
                    + "where i.title like 'Andi-Esra%' and p.kind = 'GATE' order by p.reference limit 1";
            case "actionId" -> "select id::text from governance_action where done_on is null order by due_on limit 1";
            case "ideaId" -> "select i.id::text from idea i join force f on f.id = i.force_id where f.code = 'WMP' "
                    + "and i.status <> 'DRAFT' order by i.reference limit 1";
            case "ruleId" -> "select r.id::text from idea_routing_rule r join force f on f.id = r.force_id where f.code = 'WMP' "
                    + "order by r.position limit 1";
            case "systemId" -> "select s.id::text from ai_system s join force f on f.id = s.force_id where f.code = 'WMP' "
                    + "and s.name = 'Andi-Esra'";
            default -> throw new IllegalArgumentException(variable);
        };
    }
}
