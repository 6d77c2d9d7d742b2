-- The dashboard's levels per component count component_score rows by (component_id, final_level)
-- for the selected scorings. Each row also carries the assessor's feedback, so reading the rows
-- read the whole table's text: at 100,000 submissions 42,500 pages for 320,000 scores. This
-- index holds only what the count needs, so PostgreSQL answers it with an index-only scan (1,800
-- pages there).
CREATE INDEX ix_component_score_level ON component_score (assessment_id, component_id, final_level);
