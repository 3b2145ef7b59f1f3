-- The stages each of a force's four routes goes through (issue #3: the lifecycle is configurable).
-- A force with no row for a route follows the default route (Lifecycle.Route.defaults()). Mandate,
-- Delivery, Closure and Closed are part of every route; the other stages are the force's choice.
-- Stages are kept in lifecycle order.
create table lifecycle_route (
    force_id    uuid not null references force (id),
    route       text not null check (route in ('CHANGE_BOARD', 'DESIGN_AND_DELIVERY_BOARD', 'PROJECT_BOARD',
                                               'LIGHT_TOUCH')),
    stages      text[] not null check (
                    stages <@ array['MANDATE', 'STRATEGIC_OUTLINE_CASE', 'OUTLINE_BUSINESS_CASE', 'FULL_BUSINESS_CASE',
                                    'DELIVERY', 'TRANSITION', 'CLOSURE', 'BENEFITS_REVIEW', 'CLOSED']
                    and array['MANDATE', 'DELIVERY', 'CLOSURE', 'CLOSED'] <@ stages),
    updated_at  timestamptz not null,
    version     integer not null,
    primary key (force_id, route)
);

-- The thresholds are edited on a page now: no negative amounts.
alter table governance_threshold add constraint governance_threshold_cost_check check (minimum_cost >= 0);
