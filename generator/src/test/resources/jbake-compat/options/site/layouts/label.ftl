<#import "macros.ftl" as m><@m.page title=tag>
<h1>Label ${tag}</h1>
<ul><#list tag_posts as post><li>${post.title}</li></#list></ul>
</@m.page>
