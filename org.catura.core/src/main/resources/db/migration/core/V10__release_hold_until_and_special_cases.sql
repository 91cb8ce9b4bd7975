-- A hold waits until a date: a JEXL expression over the facts giving an ISO date, an instant or
-- hours from now. Null: the rule holds for hold_hours.
alter table catura_release_rule add column hold_until text;

-- Pre-orders wait until two days before their latest ship date (a day at a time when Amazon
-- gives none), then the rules after them decide.
update catura_release_rule
   set condition = 'preorder && daysToLatestShip > 2',
       hold_until = 'latestShipDate == null ? 24 : hoursToLatestShip - 48',
       reason = 'Pre-order: wait until two days before the latest ship date',
       updated_at = now(), updated_by = 'migration'
 where name = 'Pre-order not yet due' and action = 'HOLD';

-- The special cases of the import that the first rule set left out.
insert into catura_release_rule (seq, name, condition, action, reason, hold_hours) values
 (85,  'Gift wrap',                     'gift && giftMessage == null',                       'MANUAL_QUEUE', 'Gift wrap asked for: wrap before shipping', 0),
 (95,  'Business order with PO number', 'business && purchaseOrderNumber != null',           'MANUAL_QUEUE', 'Business order: put the buyer''s PO number on delivery note and invoice, check the VAT id', 0),
 (103, 'Replacement order',             'replacement && !fulfilledByChannel',                'MANUAL_QUEUE', 'Replacement for an earlier order: check the original and what was sent back', 0),
 (106, 'Signature or ID check',         'signatureRequired && !fulfilledByChannel',          'MANUAL_QUEUE', 'Delivery needs a signature or an ID check: choose a carrier service that offers it', 0),
 (130, 'Prime and fast service',        'prime || premiumShipping || serviceLevel != null && serviceLevel =~ [''Expedited'', ''NextDay'', ''SecondDay'', ''SameDay'', ''Priority'', ''Express'']',
                                                                                             'RELEASE',      'Prime or a fast service level: released at once, ship with the fast service', 0)
on conflict (name) do nothing;
