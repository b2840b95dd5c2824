-- Recommendations submitted by partner systems with an API key (Open311 GeoReport v2 or /api/v1).
ALTER TABLE issue DROP CONSTRAINT issue_channel_check;
ALTER TABLE issue ADD CONSTRAINT issue_channel_check CHECK (channel IN ('DIALOGUE', 'ASSOCIATION_PORTAL', 'HOTLINE', 'EMAIL',
                                                                        'DOCUMENT', 'IMPORT', 'NATIONAL_PORTAL', 'PARTNER_API'));
