-- accepted_values: the rows whose column holds a value not in the list (compared as text; NULL is not_null's to judge).
SELECT {{shown}}
FROM {{rows}}
WHERE {{column}} IS NOT NULL
  AND CAST({{column}} AS VARCHAR) NOT IN ({{values}})
