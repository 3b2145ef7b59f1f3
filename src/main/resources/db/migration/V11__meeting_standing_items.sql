-- A meeting keeps the standing items of its agenda as they were, so changing a board's standing
-- items later changes its coming meetings, never the record of the ones held.
create table meeting_standing_item (
    meeting_id  uuid not null references meeting (id) on delete cascade,
    position    integer not null,
    title       text not null,
    primary key (meeting_id, position)
);

insert into meeting_standing_item (meeting_id, position, title)
select m.id, s.position, s.title
from meeting m
join board_standing_item s on s.board_id = m.board_id;
