<footer>JBake ${version}</footer></body></html>
