-- FrontDesk schema 1 (PostgreSQL).
-- The customer's older system may already have created enquiries, complaints, stock_movements and
-- whatsapp_message_logs. They are adopted, never recreated: CREATE TABLE IF NOT EXISTS, then every column
-- FrontDesk needs is added if missing (nullable or with a default, so existing rows stay valid).
-- Timestamps are UTC without a zone.

CREATE TABLE IF NOT EXISTS customers (
    id SERIAL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    phone VARCHAR(20) NOT NULL,
    preferred_language VARCHAR(10) NOT NULL DEFAULT 'en',
    opted_out BOOLEAN NOT NULL DEFAULT FALSE,
    opted_out_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc'),
    updated_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
CREATE UNIQUE INDEX IF NOT EXISTS customers_phone_key ON customers (phone);
CREATE INDEX IF NOT EXISTS customers_name_idx ON customers (lower(name));

-- People who log in. On PostgreSQL the server authenticates them (password_hash stays NULL);
-- on SQLite password_hash is an argon2id string.
CREATE TABLE IF NOT EXISTS users (
    id SERIAL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    login VARCHAR(100) NOT NULL,
    phone VARCHAR(20),
    password_hash VARCHAR(255),
    role VARCHAR(20) NOT NULL DEFAULT 'reception' CHECK (role IN ('admin', 'reception')),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
CREATE UNIQUE INDEX IF NOT EXISTS users_login_key ON users (lower(login));

-- Field engineers (staff): service requests are assigned to them; their phones are never messaged.
CREATE TABLE IF NOT EXISTS engineers (
    id SERIAL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    phone VARCHAR(20),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);

CREATE TABLE IF NOT EXISTS delivery_items (
    id SERIAL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    sku VARCHAR(100),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
CREATE UNIQUE INDEX IF NOT EXISTS delivery_items_sku_key ON delivery_items (sku) WHERE sku IS NOT NULL;

-- Shared settings (company, templates, pacing, quiet hours, staff list, ...): one row per key.
CREATE TABLE IF NOT EXISTS settings (
    key VARCHAR(100) PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc'),
    updated_by VARCHAR(100)
);

CREATE TABLE IF NOT EXISTS enquiries (
    id SERIAL PRIMARY KEY,
    customer_name VARCHAR(255) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    subject VARCHAR(255) NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS customer_name VARCHAR(255);
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS customer_phone VARCHAR(20);
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS subject VARCHAR(255);
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS customer_id INTEGER REFERENCES customers (id);
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS notes TEXT;
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS language VARCHAR(10) DEFAULT 'en';
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS status VARCHAR(20) DEFAULT 'NEW';
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS created_by VARCHAR(100);
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'utc');
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'utc');
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS whatsapp_enquiry_sent BOOLEAN DEFAULT FALSE;
CREATE INDEX IF NOT EXISTS enquiries_created_at_idx ON enquiries (created_at);
CREATE INDEX IF NOT EXISTS enquiries_phone_idx ON enquiries (customer_phone);
CREATE INDEX IF NOT EXISTS enquiries_name_idx ON enquiries (lower(customer_name));

-- Service requests. The seed calls the table complaints.
CREATE TABLE IF NOT EXISTS complaints (
    id SERIAL PRIMARY KEY,
    customer_name VARCHAR(255) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    service_type VARCHAR(100) NOT NULL DEFAULT '',
    status VARCHAR(20) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ASSIGNED', 'COMPLETED', 'CANCELLED')),
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS customer_name VARCHAR(255);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS customer_phone VARCHAR(20);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS service_type VARCHAR(100);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS status VARCHAR(20) DEFAULT 'OPEN';
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS ticket_id VARCHAR(30);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS customer_id INTEGER REFERENCES customers (id);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS description TEXT;
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS language VARCHAR(10) DEFAULT 'en';
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS scheduled_date DATE;
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS assigned_engineer_id INTEGER REFERENCES engineers (id);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS assigned_engineer_name VARCHAR(255);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS assigned_at TIMESTAMP;
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS completed_date DATE;
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS created_by VARCHAR(100);
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'utc');
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'utc');
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS whatsapp_service_created_sent BOOLEAN DEFAULT FALSE;
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS whatsapp_engineer_assigned_sent BOOLEAN DEFAULT FALSE;
ALTER TABLE complaints ADD COLUMN IF NOT EXISTS whatsapp_service_completed_sent BOOLEAN DEFAULT FALSE;
CREATE UNIQUE INDEX IF NOT EXISTS complaints_ticket_id_key ON complaints (ticket_id);
CREATE INDEX IF NOT EXISTS complaints_status_idx ON complaints (status);
CREATE INDEX IF NOT EXISTS complaints_created_at_idx ON complaints (created_at);
CREATE INDEX IF NOT EXISTS complaints_phone_idx ON complaints (customer_phone);

-- Deliveries. The seed calls the table stock_movements.
CREATE TABLE IF NOT EXISTS stock_movements (
    id SERIAL PRIMARY KEY,
    item_name VARCHAR(255) NOT NULL DEFAULT '',
    customer_name VARCHAR(255) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    delivery_status VARCHAR(20) DEFAULT 'PENDING'
        CHECK (delivery_status IN ('PENDING', 'DELIVERED', 'FAILED', 'REATTEMPT')),
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS item_name VARCHAR(255);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS customer_name VARCHAR(255);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS customer_phone VARCHAR(20);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS delivery_status VARCHAR(20);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS reference VARCHAR(100);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS delivery_item_id INTEGER REFERENCES delivery_items (id);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS quantity INTEGER DEFAULT 1;
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS customer_id INTEGER REFERENCES customers (id);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS language VARCHAR(10) DEFAULT 'en';
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS address TEXT;
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS scheduled_date DATE;
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS reattempt_date DATE;
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS status_note TEXT;
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS status_changed_at TIMESTAMP;
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS created_by VARCHAR(100);
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS created_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'utc');
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'utc');
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS whatsapp_delivery_failed_sent BOOLEAN DEFAULT FALSE;
ALTER TABLE stock_movements ADD COLUMN IF NOT EXISTS whatsapp_delivery_reattempt_sent BOOLEAN DEFAULT FALSE;
CREATE INDEX IF NOT EXISTS stock_movements_status_idx ON stock_movements (delivery_status);
CREATE INDEX IF NOT EXISTS stock_movements_created_at_idx ON stock_movements (created_at);
CREATE INDEX IF NOT EXISTS stock_movements_phone_idx ON stock_movements (customer_phone);

-- The audit log and outbox: one row per message. The seed's columns come first; every added column is
-- nullable or has a default, so a row inserted with only the seed's columns (status PENDING) is sent.
CREATE TABLE IF NOT EXISTS whatsapp_message_logs (
    id SERIAL PRIMARY KEY,
    event_type VARCHAR(50) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    customer_name VARCHAR(255),
    message_content TEXT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'PENDING',
    reference_type VARCHAR(50),
    reference_id INTEGER,
    error_message TEXT,
    retry_count INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc'),
    sent_at TIMESTAMP
);
ALTER TABLE whatsapp_message_logs ALTER COLUMN status SET DEFAULT 'PENDING';
ALTER TABLE whatsapp_message_logs ALTER COLUMN retry_count SET DEFAULT 0;
ALTER TABLE whatsapp_message_logs ALTER COLUMN created_at SET DEFAULT (now() AT TIME ZONE 'utc');
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS language VARCHAR(10);
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS scheduled_at TIMESTAMP;
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS next_attempt_at TIMESTAMP;
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS claimed_by VARCHAR(100);
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS claimed_at TIMESTAMP;
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS lease_until TIMESTAMP;
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS transport VARCHAR(20);
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS external_id VARCHAR(100);
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS delivered_at TIMESTAMP;
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS read_at TIMESTAMP;
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS screenshot_path TEXT;
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS created_by VARCHAR(100);
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'utc');
CREATE UNIQUE INDEX IF NOT EXISTS whatsapp_message_logs_event_key
    ON whatsapp_message_logs (reference_type, reference_id, event_type);
CREATE INDEX IF NOT EXISTS whatsapp_message_logs_status_idx ON whatsapp_message_logs (status, created_at);
CREATE INDEX IF NOT EXISTS whatsapp_message_logs_event_type_idx ON whatsapp_message_logs (event_type, created_at);
CREATE INDEX IF NOT EXISTS whatsapp_message_logs_created_at_idx ON whatsapp_message_logs (created_at);
CREATE INDEX IF NOT EXISTS whatsapp_message_logs_phone_idx ON whatsapp_message_logs (customer_phone);
CREATE INDEX IF NOT EXISTS whatsapp_message_logs_name_idx ON whatsapp_message_logs (lower(customer_name));
