<#import "macros.ftl" as m><@m.page title="Labels">
<h1>Labels</h1>
<ul><#list tags as tag><li>${tag.name}: ${tag.tagged_posts?size} posts, ${tag.tagged_documents?size} documents</li></#list></ul>
</@m.page>
