-- FrontDesk schema 1 (SQLite). Same tables and columns as the PostgreSQL schema; timestamps are UTC text
-- 'YYYY-MM-DD HH:MM:SS.SSS', dates 'YYYY-MM-DD', booleans 0/1.

CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(255) NOT NULL,
    phone VARCHAR(20) NOT NULL,
    preferred_language VARCHAR(10) NOT NULL DEFAULT 'en',
    opted_out BOOLEAN NOT NULL DEFAULT 0,
    opted_out_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
CREATE UNIQUE INDEX customers_phone_key ON customers (phone);
CREATE INDEX customers_name_idx ON customers (lower(name));

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(255) NOT NULL,
    login VARCHAR(100) NOT NULL,
    phone VARCHAR(20),
    password_hash VARCHAR(255),
    role VARCHAR(20) NOT NULL DEFAULT 'reception' CHECK (role IN ('admin', 'reception')),
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
CREATE UNIQUE INDEX users_login_key ON users (lower(login));

CREATE TABLE engineers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(255) NOT NULL,
    phone VARCHAR(20),
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);

CREATE TABLE delivery_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(255) NOT NULL,
    sku VARCHAR(100),
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
CREATE UNIQUE INDEX delivery_items_sku_key ON delivery_items (sku) WHERE sku IS NOT NULL;

CREATE TABLE settings (
    key VARCHAR(100) PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_by VARCHAR(100)
);

CREATE TABLE enquiries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_name VARCHAR(255) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    subject VARCHAR(255) NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers (id),
    notes TEXT,
    language VARCHAR(10) DEFAULT 'en',
    status VARCHAR(20) DEFAULT 'NEW',
    created_by VARCHAR(100),
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at TIMESTAMP DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    whatsapp_enquiry_sent BOOLEAN DEFAULT 0
);
CREATE INDEX enquiries_created_at_idx ON enquiries (created_at);
CREATE INDEX enquiries_phone_idx ON enquiries (customer_phone);
CREATE INDEX enquiries_name_idx ON enquiries (lower(customer_name));

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_name VARCHAR(255) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    service_type VARCHAR(100) NOT NULL DEFAULT '',
    status VARCHAR(20) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ASSIGNED', 'COMPLETED', 'CANCELLED')),
    ticket_id VARCHAR(30),
    customer_id INTEGER REFERENCES customers (id),
    description TEXT,
    language VARCHAR(10) DEFAULT 'en',
    scheduled_date DATE,
    assigned_engineer_id INTEGER REFERENCES engineers (id),
    assigned_engineer_name VARCHAR(255),
    assigned_at TIMESTAMP,
    completed_date DATE,
    created_by VARCHAR(100),
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at TIMESTAMP DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    whatsapp_service_created_sent BOOLEAN DEFAULT 0,
    whatsapp_engineer_assigned_sent BOOLEAN DEFAULT 0,
    whatsapp_service_completed_sent BOOLEAN DEFAULT 0
);
CREATE UNIQUE INDEX complaints_ticket_id_key ON complaints (ticket_id);
CREATE INDEX complaints_status_idx ON complaints (status);
CREATE INDEX complaints_created_at_idx ON complaints (created_at);
CREATE INDEX complaints_phone_idx ON complaints (customer_phone);

CREATE TABLE stock_movements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_name VARCHAR(255) NOT NULL DEFAULT '',
    customer_name VARCHAR(255) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    delivery_status VARCHAR(20) DEFAULT 'PENDING'
        CHECK (delivery_status IN ('PENDING', 'DELIVERED', 'FAILED', 'REATTEMPT')),
    reference VARCHAR(100),
    delivery_item_id INTEGER REFERENCES delivery_items (id),
    quantity INTEGER DEFAULT 1,
    customer_id INTEGER REFERENCES customers (id),
    language VARCHAR(10) DEFAULT 'en',
    address TEXT,
    scheduled_date DATE,
    reattempt_date DATE,
    status_note TEXT,
    status_changed_at TIMESTAMP,
    created_by VARCHAR(100),
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at TIMESTAMP DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    whatsapp_delivery_failed_sent BOOLEAN DEFAULT 0,
    whatsapp_delivery_reattempt_sent BOOLEAN DEFAULT 0
);
CREATE INDEX stock_movements_status_idx ON stock_movements (delivery_status);
CREATE INDEX stock_movements_created_at_idx ON stock_movements (created_at);
CREATE INDEX stock_movements_phone_idx ON stock_movements (customer_phone);

CREATE TABLE whatsapp_message_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_type VARCHAR(50) NOT NULL,
    customer_phone VARCHAR(20) NOT NULL,
    customer_name VARCHAR(255),
    message_content TEXT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'PENDING',
    reference_type VARCHAR(50),
    reference_id INTEGER,
    error_message TEXT,
    retry_count INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    sent_at TIMESTAMP,
    language VARCHAR(10),
    scheduled_at TIMESTAMP,
    next_attempt_at TIMESTAMP,
    claimed_by VARCHAR(100),
    claimed_at TIMESTAMP,
    lease_until TIMESTAMP,
    transport VARCHAR(20),
    external_id VARCHAR(100),
    delivered_at TIMESTAMP,
    read_at TIMESTAMP,
    screenshot_path TEXT,
    created_by VARCHAR(100),
    updated_at TIMESTAMP DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
CREATE UNIQUE INDEX whatsapp_message_logs_event_key ON whatsapp_message_logs (reference_type, reference_id, event_type);
CREATE INDEX whatsapp_message_logs_status_idx ON whatsapp_message_logs (status, created_at);
CREATE INDEX whatsapp_message_logs_event_type_idx ON whatsapp_message_logs (event_type, created_at);
CREATE INDEX whatsapp_message_logs_created_at_idx ON whatsapp_message_logs (created_at);
CREATE INDEX whatsapp_message_logs_phone_idx ON whatsapp_message_logs (customer_phone);
CREATE INDEX whatsapp_message_logs_name_idx ON whatsapp_message_logs (lower(customer_name));
