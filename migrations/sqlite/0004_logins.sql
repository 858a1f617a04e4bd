-- Logins (SQLite: one desk, app users with argon2id hashes in users.password_hash; the app enforces roles).
ALTER TABLE users ADD COLUMN last_login_at TIMESTAMP;
