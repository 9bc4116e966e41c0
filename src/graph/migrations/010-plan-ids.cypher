// name: migration-010-plan-ids — plans and their goals found by their own ids (node(id:) reads a Plan or PlanGoal by id; conferences and actions have theirs since 008)
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_goal_id IF NOT EXISTS FOR (n:PlanGoal) REQUIRE n.id IS UNIQUE;
