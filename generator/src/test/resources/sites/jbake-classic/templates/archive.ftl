<#include "header.ftl">
<ul><#list published_posts as post><li>${post.date?string("yyyy-MM")} <a href="${content.rootpath}${post.uri}">${post.title}</a></li></#list></ul>
<#include "footer.ftl">
