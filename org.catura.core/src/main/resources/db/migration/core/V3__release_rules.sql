-- Release rules as data, tried in seq order; the first active one that matches decides.
create table catura_release_rule (
    rule_id     bigserial primary key,
    seq         integer      not null,
    name        varchar(120) not null unique,
    condition   text         not null,
    action      varchar(20)  not null check (action in ('RELEASE', 'MANUAL_QUEUE', 'HOLD')),
    reason      text         not null default '',
    hold_hours  integer      not null default 0,
    active      boolean      not null default true,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(120) not null default 'system'
);

-- Every release decision with the facts it was taken on: the order page shows it, the rule
-- editor's preview replays conditions against it.
create table catura_release_decision (
    decision_id bigserial primary key,
    order_id    bigint       not null references catura_order (order_id),
    decided_at  timestamptz  not null default now(),
    rule_id     bigint,
    rule_name   varchar(120) not null,
    action      varchar(20)  not null,
    reason      text         not null,
    facts       jsonb        not null
);
create index catura_release_decision_order_idx on catura_release_decision (order_id, decision_id);

insert into catura_release_rule (seq, name, condition, action, reason, hold_hours) values
 (10,  'Buyer asked to cancel',      'cancellationRequested',                  'MANUAL_QUEUE', 'The buyer asked to cancel: cancel the order or ship after talking to the buyer', 0),
 (20,  'Unknown SKU',                'unknownSku',                             'MANUAL_QUEUE', 'A SKU is not a product in the ERP: map it or correct the lines', 0),
 (30,  'Import problems',            'size(issues) > 0',                       'MANUAL_QUEUE', 'The import found problems: see the issues', 0),
 (40,  'Totals differ',              'totalDifference > 0.02',                 'MANUAL_QUEUE', 'The ERP computes another total than the marketplace charged', 0),
 (50,  'Postal code invalid',        '!postalCodeValid',                       'MANUAL_QUEUE', 'The postal code does not fit the country: correct the address', 0),
 (60,  'Not enough stock',           'stockShort',                             'MANUAL_QUEUE', 'Not enough stock in the warehouse for every line', 0),
 (70,  'Country not served',         '!(country =~ [''DE'',''AT'',''FR'',''IT'',''ES'',''NL'',''BE'',''PL'',''SE'',''GB''])', 'MANUAL_QUEUE', 'We do not ship to this country', 0),
 (80,  'Gift message',               'giftMessage != null',                    'MANUAL_QUEUE', 'Print the gift message and wrap as asked', 0),
 (90,  'Amazon Custom',              'customized',                             'MANUAL_QUEUE', 'Customised item: download the customisation and produce it', 0),
 (100, 'Business order',             'business',                               'MANUAL_QUEUE', 'Business order: check the purchase order number and VAT id', 0),
 (110, 'Large order',                'total > 1000',                           'MANUAL_QUEUE', 'Order total above 1000: check before shipping', 0),
 (120, 'Pre-order not yet due',      'preorder && daysToLatestShip > 2',       'HOLD',         'Pre-order: wait until shortly before the ship date', 24);
