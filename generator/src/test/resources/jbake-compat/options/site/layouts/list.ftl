<#import "macros.ftl" as m><@m.page title="All posts">
<h1>All posts</h1>
<ul><#list published_posts as post><li>${post.title}: ${post.uri}</li></#list></ul>
<p>Notes: <#list published_notes as note>${note.title}<#sep>, </#list></p>
</@m.page>
