// name: migration-012-household-order-keys — households carry a keyed sort value (orderKey, src/read/order-keys.ts), indexed, so a pseudonymised list walks its order from a cursor instead of pseudonymising and sorting every household; the key it is made with lives in this database, so every writer (API, command line, offline import) makes the same
CREATE INDEX household_order_key IF NOT EXISTS FOR (n:Household) ON (n.orderKey);
CREATE CONSTRAINT order_secret_id IF NOT EXISTS FOR (n:OrderSecret) REQUIRE n.id IS UNIQUE;
