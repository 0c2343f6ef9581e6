</main>
<footer><p>${published_posts?size} posts, ${db.getPublishedPages()?size} pages, ${db.getPublishedPostsByTag("java")?size} about java. Host: ${config.site_host}</p></footer>
</body>
</html>
