<#macro page title>
<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>${title}</title>
<link href="<#if (content.rootpath)??>${content.rootpath}</#if>css/site.css" rel="stylesheet"></head>
<body><header><p>${config.site_title} – ${config.site_host}</p></header>
<main><#nested></main>
<footer><p>${db.getPublishedPosts()?size} posts, ${db.getPublishedContent("note")?size} notes, ${db.getAllContent("post")?size} posts in all; data: <#list data.get('people.yaml').people as person>${person.name}<#sep>, </#list></p></footer>
</body></html>
</#macro>
