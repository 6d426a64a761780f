EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT s.id FROM submissions s JOIN members m ON m.id = s.member_id
WHERE s.status IN ('Published','Forwarded','Answered') AND s.search_vector @@ content_search_query(:'w')
ORDER BY s.published_at DESC, s.id DESC LIMIT 21;
