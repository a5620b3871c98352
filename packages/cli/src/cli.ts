console.log('policykit');
